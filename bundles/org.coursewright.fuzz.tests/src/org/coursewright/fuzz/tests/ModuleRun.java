package org.coursewright.fuzz.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.log4j.spi.LoggingEvent;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.dsl.validation.IssueCodes;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.PackSource;
import org.coursewright.packs.Packer;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.html.Site;
import org.coursewright.publish.site.SiteFiles;

/**
 * One input through everything a build server does with a module: loaded and checked, and,
 * when it has no errors, published and packed in every format (in memory). Whatever the input,
 * the outcome must be diagnostics or output, never a failure of Coursewright's own.
 */
final class ModuleRun {

	/** What became of an input: whether it was clean enough to publish, and the failure if any. */
	record Outcome(boolean published, Optional<Finding> finding) {
	}

	private final ModuleLoader loader;
	private final LoggedErrors logged;

	ModuleRun(ModuleLoader loader, LoggedErrors logged) {
		this.loader = loader;
		this.logged = logged;
	}

	Outcome run(ModuleInput input, Path folder) throws IOException {
		input.writeInto(folder);
		logged.takeForThisThread();
		Outcome outcome;
		try {
			outcome = checkAndPublish(input, folder);
		} catch (RuntimeException | StackOverflowError | ModuleLoader.BadPathException e) {
			outcome = new Outcome(false, Optional.of(Finding.of(Finding.EXCEPTION, e)));
		}
		List<LoggingEvent> events = logged.takeForThisThread();
		if (outcome.finding().isEmpty() && !events.isEmpty()) {
			LoggingEvent event = events.get(0);
			Throwable thrown = event.getThrowableInformation() == null ? null : event.getThrowableInformation().getThrowable();
			return new Outcome(outcome.published(), Optional.of(thrown != null ? Finding.of(Finding.LOGGED, thrown)
					: new Finding(Finding.LOGGED, Finding.LOGGED + ": " + event.getLoggerName() + ": " + event.getRenderedMessage(),
							event.getRenderedMessage())));
		}
		return outcome;
	}

	private Outcome checkAndPublish(ModuleInput input, Path folder) throws ModuleLoader.BadPathException {
		List<LoadedModule> modules = loader.load(List.of(folder));
		LoadedModule module = modules.get(0);
		Map<String, FileLines> lines = new HashMap<>();
		for (Problem problem : module.problems()) {
			if (IssueCodes.INTERNAL_ERROR.equals(problem.code())) {
				return new Outcome(false, Optional.of(new Finding(Finding.INTERNAL_ERROR, Finding.INTERNAL_ERROR + ": " + problem.message(),
						problem.format(folder))));
			}
			String misplaced = misplaced(problem, input, folder, lines);
			if (misplaced != null) {
				return new Outcome(false, Optional.of(new Finding(Finding.PLACE, Finding.PLACE + ": [" + problem.code() + "]", misplaced)));
			}
		}
		if (module.problems().stream().anyMatch(Problem::isError) || module.model() == null) {
			return new Outcome(false, Optional.empty());
		}
		try {
			Site site = Publisher.site(module.model(), new PublishOptions(folder.resolve("site"), null, "https://lms.example.org/forum/{id}"));
			SiteFiles files = Publisher.render(site);
			PackSource source = new PackSource(module.model(), site, files);
			for (PackFormat format : Packer.FORMATS) {
				format.make(source);
			}
			return new Outcome(true, Optional.empty());
		} catch (PublishException e) {
			// a refusal with a message for the user (a style the publisher does not have, a
			// missing image): what the command line reports with a non-zero exit
			return new Outcome(false, Optional.empty());
		}
	}

	/** A file's lines, split at line feeds alone and at any line break, as editors differ. */
	private record FileLines(String[] byNewline, String[] byAnyBreak) {

		static FileLines of(String text) {
			return new FileLines(text.split("\n", -1), text.split("\r\n|\r|\n", -1));
		}

		boolean holds(int line, int column) {
			return line >= 1 && column >= 1 && (fits(byNewline, line, column) || fits(byAnyBreak, line, column));
		}

		private static boolean fits(String[] lines, int line, int column) {
			return line <= lines.length && column <= lines[line - 1].length() + 1;
		}
	}

	/** Why the problem's place is not in its file, or null when it is. */
	private static String misplaced(Problem problem, ModuleInput input, Path folder, Map<String, FileLines> lines) {
		String name = folder.relativize(problem.file()).toString();
		if (input.bytes(name) == null) {
			return problem.format(folder) + ": names a file the module does not have";
		}
		FileLines file = lines.computeIfAbsent(name, n -> FileLines.of(input.text(n)));
		int line = problem.line();
		return file.holds(line, problem.column()) ? null : problem.format(folder) + ": the file has " + file.byNewline().length + " lines"
				+ (line >= 1 && line <= file.byNewline().length ? ", line " + line + " has " + file.byNewline()[line - 1].length() + " characters" : "");
	}
}
