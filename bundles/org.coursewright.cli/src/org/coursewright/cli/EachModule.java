package org.coursewright.cli;

import org.coursewright.adaptations.apply.AdaptedModules;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.publish.PublishException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs a command's work on each module of a path, one module per core, each module loaded,
 * checked, worked on and dropped by one worker; prints each module's problems and outcome
 * afterwards, in folder order. A module with errors is left alone.
 */
final class EachModule {

	/** The work on one module without errors; returns what it did, as lines to print and as JSON. */
	interface Work {
		Done on(LoadedModule module, Path base) throws PublishException;
	}

	/** What the work did: the lines a person reads, and the same as a JSON object for tools. */
	record Done(String text, JsonObject json) {
	}

	private record Report(int exit, String out, String err, JUnitReport.ModuleOutcome outcome, JsonObject done) {
	}

	private EachModule() {
	}

	/**
	 * @param notDone how the command says a module was not worked on: "not published"
	 * @param command the command's name, for the reports asked for in {@code reportOptions}
	 * @return the exit code: the worst of all modules'
	 */
	static int run(CommandSpec spec, List<Path> paths, String notDone, Work work, ReportOptions reportOptions, String command, boolean json) {
		List<Report> reports;
		try (Progress progress = Progress.on(spec.commandLine().getErr(), paths)) {
			reports = Language.moduleLoader().loadEach(paths, module -> {
				progress.started(module.folder());
				Report report = report(AdaptedModules.applied(module), notDone, work);
				progress.finished();
				return report;
			});
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		Path base = Path.of("").toAbsolutePath();
		if (json) {
			spec.commandLine().getOut().print(json(reports, base));
			reports.forEach(report -> spec.commandLine().getErr().print(report.err()));
		} else {
			reports.forEach(report -> {
				spec.commandLine().getOut().print(report.out());
				spec.commandLine().getErr().print(report.err());
			});
		}
		if (reportOptions != null) {
			reportOptions.write(command, reports.stream().map(Report::outcome).toList(), base, spec.commandLine().getErr());
		}
		return reports.stream().mapToInt(Report::exit).max().orElse(CoursewrightCommand.EXIT_OK);
	}

	/** Every module's problems and what was done with it (null when nothing was), and the totals: {@code --json}. */
	private static String json(List<Report> reports, Path base) {
		JsonObject root = new JsonObject();
		JsonArray modules = new JsonArray();
		for (Report report : reports) {
			JUnitReport.ModuleOutcome outcome = report.outcome();
			JsonObject module = new JsonObject();
			module.addProperty("folder", Problem.shown(base, outcome.folder()).toString());
			module.addProperty("code", outcome.code());
			module.add("problems", ProblemJson.of(outcome.problems(), base));
			module.add("done", report.done());
			if (report.done() == null) {
				module.addProperty("refused", report.err().replaceFirst("^coursewright: ", "").strip());
			}
			modules.add(module);
		}
		root.add("modules", modules);
		root.addProperty("errors", reports.stream().flatMap(r -> r.outcome().problems().stream()).filter(Problem::isError).count());
		root.addProperty("warnings", reports.stream().flatMap(r -> r.outcome().problems().stream()).filter(p -> !p.isError()).count());
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
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
					new JUnitReport.ModuleOutcome(module.folder(), code, module.problems(), refusal), null);
		}
		try {
			Done done = work.on(module, base);
			out.append(done.text());
			return new Report(CoursewrightCommand.EXIT_OK, out.toString(), "", new JUnitReport.ModuleOutcome(module.folder(), code, module.problems(), null),
					done.json());
		} catch (PublishException e) {
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(), "coursewright: " + folder + " " + notDone + ": " + e.getMessage() + "\n",
					new JUnitReport.ModuleOutcome(module.folder(), code, module.problems(), notDone + ": " + e.getMessage()), null);
		}
	}
}
