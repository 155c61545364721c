package org.coursewright.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What the goals share: where the modules are, the options they pass on to the command line
 * (the same as its own), running it, and turning its results into Maven's log: each problem as
 * {@code [ERROR] file:line:col: [code] message} (or {@code [WARNING]}), which IDEs and CI servers
 * link to the file; errors fail the build.
 */
abstract class AbstractCoursewrightMojo extends AbstractMojo {

	/** A module folder, or a folder of module folders. */
	@Parameter(property = "coursewright.sourceDirectory", defaultValue = "${project.basedir}/src/main/course")
	protected File sourceDirectory;

	/** Warnings fail the build too (and a module with warnings is not published or packed). */
	@Parameter(property = "coursewright.failOnWarnings", defaultValue = "false")
	protected boolean failOnWarnings;

	/** Also write a JUnit XML report (one test case per module), for CI servers that show them. */
	@Parameter(property = "coursewright.junitReport")
	protected File junitReport;

	/** Skips the goal. */
	@Parameter(property = "coursewright.skip", defaultValue = "false")
	protected boolean skip;

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	protected MavenProject project;

	@Parameter(defaultValue = "${plugin}", readonly = true, required = true)
	private PluginDescriptor plugin;

	/** The command and its arguments, the modules' folder last. */
	protected abstract List<String> command();

	/** What to do with the results of a run without errors: attach the packs, say. */
	protected void succeeded(JsonObject results) throws MojoExecutionException {
	}

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("Skipped (coursewright.skip).");
			return;
		}
		if (!sourceDirectory.exists()) {
			getLog().info("No modules: " + sourceDirectory + " does not exist.");
			return;
		}
		Path launcher = CoursewrightRuntime.launcher(plugin, buildFolder().resolve("coursewright-runtime"));
		List<String> arguments = new ArrayList<>(command());
		arguments.add("--json");
		if (failOnWarnings) {
			arguments.add("--fail-on-warnings");
		}
		if (junitReport != null) {
			arguments.add("--junit");
			arguments.add(junitReport.getAbsolutePath());
		}
		arguments.add(sourceDirectory.getAbsolutePath());
		CommandRun run;
		try {
			run = CommandRun.of(launcher, project.getBasedir().toPath(), arguments, this::errorLine);
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot run Coursewright: " + e.getMessage(), e);
		}
		if (run.exit() > 1) {
			throw new MojoExecutionException("Coursewright stopped (exit code " + run.exit() + "); its messages are above.");
		}
		JsonObject results;
		try {
			results = JsonParser.parseString(run.out()).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new MojoExecutionException("Coursewright's results could not be read: " + e.getMessage());
		}
		int errors = ProblemLog.log(results, project.getBasedir().toPath(), getLog());
		if (run.exit() == 1) {
			throw new MojoFailureException("Coursewright: " + (errors > 0 ? errors + (errors == 1 ? " error" : " errors") + " in " : "refused ")
					+ "the modules of " + sourceDirectory + (failOnWarnings && errors == 0 ? " (warnings, and failOnWarnings is on)" : "")
					+ "; see the lines above.");
		}
		succeeded(results);
	}

	/** The command's own messages: a refusal is an error, anything else information. */
	private void errorLine(String line) {
		if (line.startsWith("coursewright: ")) {
			getLog().error(line.substring("coursewright: ".length()));
		} else if (!line.isBlank()) {
			getLog().info(line);
		}
	}

	protected Path buildFolder() {
		return Path.of(project.getBuild().getDirectory());
	}

	/** Adds {@code --name value} when the value is set. */
	protected static void option(List<String> arguments, String name, String value) {
		if (value != null && !value.isBlank()) {
			arguments.add(name);
			arguments.add(value);
		}
	}
}
