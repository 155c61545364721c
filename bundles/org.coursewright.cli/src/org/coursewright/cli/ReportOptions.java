package org.coursewright.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

/** The reports build servers ask for, and how strict they are: shared by {@code validate}, {@code publish} and {@code pack}. */
final class ReportOptions {

	@Option(names = "--fail-on-warnings", description = "treat warnings as errors: a module with warnings fails (and is not published or packed)")
	boolean failOnWarnings;

	@Option(names = "--junit", paramLabel = "FILE", description = "also write a JUnit XML report (one test case per module) for CI servers")
	Path junit;

	/** Writes the reports asked for; a report that cannot be written is said on the error stream. */
	void write(String command, List<JUnitReport.ModuleOutcome> modules, Path base, java.io.PrintWriter err) {
		if (junit == null) {
			return;
		}
		try {
			JUnitReport.write(junit, command, modules, base);
		} catch (IOException e) {
			err.println("coursewright: cannot write the JUnit report " + junit + ": " + e.getMessage());
		}
	}
}
