package org.coursewright.cli;

import org.coursewright.adaptations.apply.AdaptedModules;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.publish.PublishException;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command's work on each module of a path, one module per core, each module loaded,
 * checked, worked on and dropped by one worker; prints each module's problems and outcome
 * afterwards, in folder order. A module with errors is left alone.
 */
final class EachModule {

	/** The work on one module without errors; returns the lines to print on success. */
	interface Work {
		String on(LoadedModule module, Path base) throws PublishException;
	}

	private record Report(int exit, String out, String err, JUnitReport.ModuleOutcome outcome) {
	}

	private EachModule() {
	}

	/**
	 * @param notDone how the command says a module was not worked on: "not published"
	 * @param command the command's name, for the reports asked for in {@code reportOptions}
	 * @return the exit code: the worst of all modules'
	 */
	static int run(CommandSpec spec, List<Path> paths, String notDone, Work work, ReportOptions reportOptions, String command) {
		List<Report> reports;
		try {
			reports = Language.moduleLoader().loadEach(paths, module -> report(AdaptedModules.applied(module), notDone, work));
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		reports.forEach(report -> {
			spec.commandLine().getOut().print(report.out());
			spec.commandLine().getErr().print(report.err());
		});
		if (reportOptions != null) {
			reportOptions.write(command, reports.stream().map(Report::outcome).toList(), Path.of("").toAbsolutePath(), spec.commandLine().getErr());
		}
		return reports.stream().mapToInt(Report::exit).max().orElse(CoursewrightCommand.EXIT_OK);
	}

	private static Report report(LoadedModule module, String notDone, Work work) {
		Path base = Path.of("").toAbsolutePath();
		StringBuilder out = new StringBuilder();
		module.problems().forEach(p -> out.append(p.format(base)).append('\n'));
		String folder = Problem.shown(base, module.folder()).toString();
		String code = module.model() == null ? null : module.model().header().map(h -> h.getCode()).orElse(null);
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			String refusal = module.hasErrors() ? null : notDone + ": the module has no header";
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(),
					"coursewright: " + folder + " " + notDone + ": fix the errors above first.\n",
					new JUnitReport.ModuleOutcome(module.folder(), code, module.problems(), refusal));
		}
		try {
			out.append(work.on(module, base));
			return new Report(CoursewrightCommand.EXIT_OK, out.toString(), "", new JUnitReport.ModuleOutcome(module.folder(), code, module.problems(), null));
		} catch (PublishException e) {
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(), "coursewright: " + folder + " " + notDone + ": " + e.getMessage() + "\n",
					new JUnitReport.ModuleOutcome(module.folder(), code, module.problems(), notDone + ": " + e.getMessage()));
		}
	}
}
