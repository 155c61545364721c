package org.coursewright.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Writes the course packs LMSs import into {@code target/coursewright/packs} and attaches each
 * to the project, so that {@code mvn install} and {@code mvn deploy} put them in a repository:
 * the classifier is the format (cc, scorm12, scorm2004, site) for one module, and the module's
 * code and the format (edl710-cc) for a folder of modules.
 */
@Mojo(name = "pack", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PackMojo extends PageMojo {

	@Parameter(property = "coursewright.packDirectory", defaultValue = "${project.build.directory}/coursewright/packs")
	private File packDirectory;

	/** The formats, as the command line's --format: cc, scorm12, scorm2004, site (default: all). */
	@Parameter(property = "coursewright.formats")
	private List<String> formats;

	/** Attach the packs to the project as artifacts. */
	@Parameter(property = "coursewright.attach", defaultValue = "true")
	private boolean attach;

	@Component
	private MavenProjectHelper projectHelper;

	@Override
	protected List<String> command() {
		List<String> arguments = pageOptions("pack");
		option(arguments, "--output", packDirectory.getAbsolutePath());
		if (formats != null && !formats.isEmpty()) {
			option(arguments, "--format", String.join(",", formats));
		}
		return arguments;
	}

	@Override
	protected void succeeded(JsonObject results) throws MojoExecutionException {
		if (!attach) {
			return;
		}
		Path base = project.getBasedir().toPath();
		boolean oneModule = results.getAsJsonArray("modules").size() == 1;
		for (JsonElement element : results.getAsJsonArray("modules")) {
			JsonObject module = element.getAsJsonObject();
			String code = module.get("code").getAsString().toLowerCase(Locale.ROOT);
			for (JsonElement p : module.getAsJsonObject("done").getAsJsonArray("packs")) {
				JsonObject pack = p.getAsJsonObject();
				Path file = base.resolve(pack.get("file").getAsString()).normalize();
				String name = file.getFileName().toString();
				String type = name.substring(name.lastIndexOf('.') + 1);
				String format = pack.get("format").getAsString();
				String classifier = oneModule ? format : code + "-" + format;
				projectHelper.attachArtifact(project, type, classifier, file.toFile());
				getLog().info("Attached " + base.relativize(file) + " (" + type + ", classifier " + classifier + ")");
			}
		}
	}
}
