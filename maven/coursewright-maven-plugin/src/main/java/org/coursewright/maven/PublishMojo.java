package org.coursewright.maven;

import java.io.File;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the modules' course websites into {@code target/coursewright/site}: one module's
 * site there, a folder of modules' each in {@code site/CODE}.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PREPARE_PACKAGE, threadSafe = true)
public class PublishMojo extends PageMojo {

	@Parameter(property = "coursewright.siteDirectory", defaultValue = "${project.build.directory}/coursewright/site")
	private File siteDirectory;

	@Override
	protected List<String> command() {
		List<String> arguments = pageOptions("publish");
		option(arguments, "--output", siteDirectory.getAbsolutePath());
		return arguments;
	}
}
