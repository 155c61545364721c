package org.coursewright.cli;

import org.coursewright.adaptations.apply.AdaptedModules;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright validate PATH...}: reports problems and sums each module up. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Checks .course files or module folders and prints file:line:col: severity: [code] message,"
				+ " then a one-line summary of each module.")
public class ValidateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "a .course file, a module folder, an .adaptation file, or a folder of these")
	private List<Path> paths;

	@Option(names = "--json", description = "print the problems and summaries as JSON, for build servers")
	private boolean json;

	@picocli.CommandLine.Mixin
	private ReportOptions reportOptions;

	@picocli.CommandLine.Mixin
	private ShardOptions shardOptions;

	@Override
	public Integer call() {
		List<ValidationReport.Checked> modules;
		List<Path> selected = shardOptions.select(paths);
		try (Progress progress = Progress.on(spec.commandLine().getErr(), selected)) {
			// Each module is dropped once checked and summed up: a catalogue of any size checks in bounded memory.
			modules = Language.moduleLoader().loadEach(selected, module -> {
				progress.started(module.folder());
				ValidationReport.Checked checked = ValidationReport.Checked.of(AdaptedModules.applied(module));
				progress.finished();
				return checked;
			});
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		ValidationReport report = new ValidationReport(modules, Path.of("").toAbsolutePath());
		spec.commandLine().getOut().print(json ? report.toJson() : report.toText());
		spec.commandLine().getOut().flush();
		boolean strict = reportOptions.failOnWarnings;
		reportOptions.write("validate", modules.stream().map(m -> new JUnitReport.ModuleOutcome(m.folder(),
				m.summary() == null ? null : m.summary().code(), m.problems(),
				strict && !m.problems().isEmpty() && m.problems().stream().noneMatch(Problem::isError) ? "it has warnings and --fail-on-warnings is on" : null))
				.toList(), Path.of("").toAbsolutePath(), spec.commandLine().getErr());
		boolean failed = report.hasErrors() || strict && modules.stream().anyMatch(m -> !m.problems().isEmpty());
		return failed ? CoursewrightCommand.EXIT_ERRORS : CoursewrightCommand.EXIT_OK;
	}
}
