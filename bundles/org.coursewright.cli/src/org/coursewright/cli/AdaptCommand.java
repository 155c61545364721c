package org.coursewright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright adapt accept ADAPTATION [ID...]}: what tutors do with their adaptations besides publishing them. */
@Command(name = "adapt", mixinStandardHelpOptions = true, description = "Works on a tutor's adaptation of a module.",
		subcommands = AdaptCommand.Accept.class)
public class AdaptCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: coursewright adapt accept ADAPTATION [ID...]");
	}

	@Command(name = "accept", mixinStandardHelpOptions = true,
			description = "Records the module's current values as the base of the adaptation's changes, in the lock file beside it"
					+ " (ADAPTATION.lock), once you have looked at what the module team changed. Later changes of the module under"
					+ " one of yours are reported again.")
	static class Accept implements Callable<Integer> {

		@Spec
		private CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ADAPTATION", description = "the .adaptation file")
		private Path adaptation;

		@Parameters(index = "1..*", paramLabel = "ID", description = "the ids of the elements to accept (default: all the adaptation names)")
		private List<String> ids = List.of();

		@Override
		public Integer call() {
			if (!ModuleLoader.isAdaptation(adaptation) || !Files.isRegularFile(adaptation)) {
				throw new CommandLine.ParameterException(spec.commandLine(), adaptation + ": not an .adaptation file");
			}
			LoadedModule loaded;
			try {
				loaded = Language.moduleLoader().load(List.of(adaptation)).get(0);
			} catch (ModuleLoader.BadPathException e) {
				throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
			}
			Path base = Path.of("").toAbsolutePath();
			// what is wrong in the adaptation itself must be mended first; an id that is gone is what accepting is for
			List<Problem> errors = loaded.problems().stream().filter(Problem::isError).toList();
			errors.forEach(p -> spec.commandLine().getOut().println(p.format(base)));
			if (!errors.isEmpty() || loaded.model() == null) {
				spec.commandLine().getErr().println("coursewright: " + Problem.shown(base, adaptation) + " not accepted: fix the errors above first.");
				return CoursewrightCommand.EXIT_ERRORS;
			}
			try {
				AdaptedModules.Accepted accepted = AdaptedModules.accept(loaded, new LinkedHashSet<>(ids));
				List<String> unknown = ids.stream().filter(id -> !accepted.ids().contains(id)).toList();
				spec.commandLine().getOut().println("Accepted the module's current values for " + (accepted.ids().isEmpty() ? "nothing"
						: String.join(", ", accepted.ids())) + " in " + Problem.shown(base, accepted.lock().toAbsolutePath()));
				if (!unknown.isEmpty()) {
					spec.commandLine().getErr().println("coursewright: the adaptation names no element of the module with the id "
							+ String.join(", ", unknown));
					return CoursewrightCommand.EXIT_ERRORS;
				}
				return CoursewrightCommand.EXIT_OK;
			} catch (IOException e) {
				spec.commandLine().getErr().println("coursewright: " + Problem.shown(base, adaptation) + " not accepted: " + e.getMessage());
				return CoursewrightCommand.EXIT_ERRORS;
			}
		}
	}
}
