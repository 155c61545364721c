package org.coursewright.cli;

import org.coursewright.adaptations.apply.AdaptedModules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
		/** @param fingerprint the module's, to record with the output; null when it is not to be recorded */
		Done on(LoadedModule module, Path base, String fingerprint) throws PublishException;
	}

	/** What the work did: the lines a person reads, and the same as a JSON object for tools. */
	record Done(String text, JsonObject json) {
	}

	/**
	 * How a command builds: what it says when it does not, its reports, its fingerprints, and
	 * what an unchanged module's record says it did, with the paths as shown from here ({@code
	 * replayed}: module folder and recorded outcome to the outcome; the record holds no path
	 * outside the output, so the output's bytes do not depend on where it was written from).
	 */
	record Settings(String notDone, ReportOptions reportOptions, String command, boolean json, Incremental incremental,
			Runnable beforeLoading, java.util.function.BiFunction<Path, JsonObject, JsonObject> replayed) {
	}

	private record Report(int exit, String out, String err, JUnitReport.ModuleOutcome outcome, JsonObject done) {
	}

	private EachModule() {
	}

	/**
	 * Modules unchanged since their last build are reported from its record; the others are
	 * loaded and worked on. Nothing is loaded (nor the language set up) when all are unchanged.
	 *
	 * @return the exit code: the worst of all modules'
	 */
	static int run(CommandSpec spec, List<Path> paths, Settings settings, Work work) {
		Path base = Path.of("").toAbsolutePath();
		List<Report> reports = new ArrayList<>();
		try {
			Set<Path> folders = ModuleLoader.moduleFolders(paths);
			Map<Path, String> fingerprints = new ConcurrentHashMap<>();
			Map<Path, Report> unchanged = new HashMap<>();
			folders.parallelStream().forEach(folder -> {
				String fingerprint = settings.incremental().fingerprint(folder);
				if (fingerprint != null) {
					fingerprints.put(folder, fingerprint);
				}
			});
			for (Path folder : folders) {
				settings.incremental().unchanged(folder, fingerprints.get(folder))
						.ifPresent(record -> unchanged.put(folder, fromRecord(folder, record, settings, base)));
			}
			List<Report> built = List.of();
			if (unchanged.size() < folders.size()) {
				settings.beforeLoading().run();
				try (Progress progress = Progress.on(spec.commandLine().getErr(), folders.size() - unchanged.size())) {
					built = Language.moduleLoader().loadEach(paths, folder -> !unchanged.containsKey(folder), module -> {
						progress.started(module.folder());
						Report report = report(AdaptedModules.applied(module), settings, work, fingerprints.get(module.folder()));
						progress.finished();
						return report;
					});
				}
			}
			// both in folder order: put back together
			Iterator<Report> next = built.iterator();
			folders.forEach(folder -> reports.add(unchanged.containsKey(folder) ? unchanged.get(folder) : next.next()));
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		if (settings.json()) {
			spec.commandLine().getOut().print(json(reports, base));
			reports.forEach(report -> spec.commandLine().getErr().print(report.err()));
		} else {
			reports.forEach(report -> {
				spec.commandLine().getOut().print(report.out());
				spec.commandLine().getErr().print(report.err());
			});
		}
		settings.reportOptions().write(settings.command(), reports.stream().map(Report::outcome).toList(), base, spec.commandLine().getErr());
		return reports.stream().mapToInt(Report::exit).max().orElse(CoursewrightCommand.EXIT_OK);
	}

	/** A module unchanged since its last build: its warnings and outcome as recorded, said to be unchanged. */
	private static Report fromRecord(Path folder, BuildRecord record, Settings settings, Path base) {
		String code = ModuleCodes.of(folder);
		StringBuilder out = new StringBuilder();
		record.warnings().forEach(p -> out.append(p.format(base)).append('\n'));
		if (settings.reportOptions().failOnWarnings && !record.warnings().isEmpty()) {
			return refused(folder, code, record.warnings(), out, settings.notDone() + ": it has warnings and --fail-on-warnings is on");
		}
		Path output = Problem.shown(base, settings.incremental().recordFile(folder).getParent());
		out.append("Unchanged ").append(code).append(": ").append(output).append(" is up to date (--force builds it again)\n");
		JsonObject done = settings.replayed().apply(folder, record.doneJson().deepCopy());
		done.addProperty("unchanged", true);
		return new Report(CoursewrightCommand.EXIT_OK, out.toString(), "", new JUnitReport.ModuleOutcome(folder, code, record.warnings(), null), done);
	}

	private static Report refused(Path folder, String code, List<Problem> problems, StringBuilder out, String why) {
		return refused(folder, code, problems, out, why, why);
	}

	/** @param failure the refusal as the JUnit report gives it beside the problems; null when the module's errors say it all */
	private static Report refused(Path folder, String code, List<Problem> problems, StringBuilder out, String why, String failure) {
		String shown = Problem.shown(Path.of("").toAbsolutePath(), folder).toString();
		return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(), "coursewright: " + shown + " " + why + "\n",
				new JUnitReport.ModuleOutcome(folder, code, problems, failure), null);
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

	private static Report report(LoadedModule module, Settings settings, Work work, String fingerprint) {
		Path base = Path.of("").toAbsolutePath();
		StringBuilder out = new StringBuilder();
		module.problems().forEach(p -> out.append(p.format(base)).append('\n'));
		String code = module.model() == null ? null : module.model().header().map(h -> h.getCode()).orElse(null);
		String notDone = settings.notDone();
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			return refused(module.folder(), code, module.problems(), out, notDone + ": fix the errors above first.",
					module.hasErrors() ? null : notDone + ": the module has no header");
		}
		if (settings.reportOptions().failOnWarnings && !module.problems().isEmpty()) {
			return refused(module.folder(), code, module.problems(), out, notDone + ": it has warnings and --fail-on-warnings is on");
		}
		try {
			Done done = work.on(module, base, fingerprint);
			out.append(done.text());
			return new Report(CoursewrightCommand.EXIT_OK, out.toString(), "", new JUnitReport.ModuleOutcome(module.folder(), code, module.problems(), null),
					done.json());
		} catch (PublishException e) {
			return refused(module.folder(), code, module.problems(), out, notDone + ": " + e.getMessage());
		}
	}
}
