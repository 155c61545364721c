package org.coursewright.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.dsl.validation.IssueCodes;
import org.eclipse.xtext.resource.XtextResource;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coursewright format FILE}: prints the file laid out by the language's formatter.
 * It never writes the file: redirect the output if you want to keep it.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
		description = "Prints a .course or .adaptation file laid out by the language's formatter (the file itself is not changed).")
public class FormatCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "a .course or .adaptation file")
	private Path file;

	@Override
	public Integer call() {
		if (!(file.getFileName().toString().endsWith(ModuleLoader.FILE_EXTENSION) || ModuleLoader.isAdaptation(file))
				|| Files.isDirectory(file)) {
			throw new CommandLine.ParameterException(spec.commandLine(), file + ": not a " + ModuleLoader.FILE_EXTENSION + " or "
					+ ModuleLoader.ADAPTATION_EXTENSION + " file");
		}
		List<LoadedModule> modules;
		try {
			modules = Language.moduleLoader().load(List.of(file));
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		LoadedModule module = modules.get(0);
		Path asked = file.toAbsolutePath().normalize();
		List<Problem> syntaxErrors = module.problems().stream().filter(p -> p.file().equals(asked))
				.filter(p -> p.code().equals(IssueCodes.SYNTAX) || p.code().equals(IssueCodes.UNREADABLE_FILE)).toList();
		if (!syntaxErrors.isEmpty()) {
			syntaxErrors.forEach(p -> spec.commandLine().getErr().println(p.format(Path.of("").toAbsolutePath())));
			spec.commandLine().getErr().println("coursewright: fix the syntax errors above before formatting.");
			return CoursewrightCommand.EXIT_ERRORS;
		}
		XtextResource resource = module.resource(module.files().get(0)).orElseThrow();
		spec.commandLine().getOut().print(Language.formatter().of(resource));
		spec.commandLine().getOut().flush();
		return CoursewrightCommand.EXIT_OK;
	}
}
