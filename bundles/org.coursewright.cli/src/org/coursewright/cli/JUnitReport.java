package org.coursewright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.Problem;
import org.coursewright.packs.PackXml;

/**
 * A JUnit XML report, the format Jenkins, GitLab and GitHub show natively: one test case per
 * module, failed by each of its errors (file:line:col and the message) and by a refusal to
 * publish or pack; warnings go to the test case's output.
 */
final class JUnitReport {

	/** One module's outcome: where it is, what checking found, and why its work was refused (null if it was not). */
	record ModuleOutcome(Path folder, String code, List<Problem> problems, String refusal) {

		boolean failed() {
			return refusal != null || problems.stream().anyMatch(Problem::isError);
		}
	}

	private JUnitReport() {
	}

	static void write(Path file, String command, List<ModuleOutcome> modules, Path base) throws IOException {
		long failures = modules.stream().filter(ModuleOutcome::failed).count();
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		String suite = "coursewright " + command;
		xml.append("<testsuites name=\"").append(escaped(suite)).append("\" tests=\"").append(modules.size()).append("\" failures=\"")
				.append(failures).append("\" errors=\"0\">\n");
		xml.append("  <testsuite name=\"").append(escaped(suite)).append("\" tests=\"").append(modules.size()).append("\" failures=\"")
				.append(failures).append("\" errors=\"0\" skipped=\"0\">\n");
		for (ModuleOutcome module : modules) {
			String folder = Problem.shown(base, module.folder()).toString();
			String name = module.code() == null ? folder : module.code() + " (" + folder + ")";
			xml.append("    <testcase classname=\"coursewright.").append(command).append("\" name=\"").append(escaped(name))
					.append("\" file=\"").append(escaped(folder)).append("\">\n");
			for (Problem problem : module.problems()) {
				if (problem.isError()) {
					xml.append("      <failure type=\"").append(escaped(problem.code())).append("\" message=\"")
							.append(escaped(Problem.shown(base, problem.file()) + ":" + problem.line() + ":" + problem.column() + ": "
									+ problem.message()))
							.append("\">").append(escaped(problem.format(base))).append("</failure>\n");
				}
			}
			if (module.refusal() != null) {
				xml.append("      <failure type=\"refused\" message=\"").append(escaped(module.refusal())).append("\">")
						.append(escaped(module.refusal())).append("</failure>\n");
			}
			String warnings = String.join("\n", module.problems().stream().filter(p -> !p.isError()).map(p -> p.format(base)).toList());
			if (!warnings.isEmpty()) {
				xml.append("      <system-out>").append(escaped(warnings)).append("</system-out>\n");
			}
			xml.append("    </testcase>\n");
		}
		xml.append("  </testsuite>\n</testsuites>\n");
		Path target = file.toAbsolutePath();
		if (target.getParent() != null) {
			Files.createDirectories(target.getParent());
		}
		Files.writeString(target, xml, StandardCharsets.UTF_8);
	}

	/** Text as XML character data or attribute value: markup escaped, characters XML cannot hold replaced. */
	private static String escaped(String text) {
		return PackXml.xmlCharacters(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
				.replace("\n", "&#10;");
	}
}
