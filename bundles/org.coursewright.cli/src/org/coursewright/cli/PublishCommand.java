package org.coursewright.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.site.SiteFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright publish PATH [-o OUT]}: checks a module and writes its course website. */
@Command(name = "publish", mixinStandardHelpOptions = true,
		description = "Checks a module and, when it has no errors, writes its course website.")
public class PublishCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", description = "the module folder (or one of its .course files)")
	private Path path;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "the folder to write the site into (default: site/ in the module folder)")
	private Path output;

	@Option(names = "--style", paramLabel = "STYLE", description = "a CSL style name: apa (default), harvard-cite-them-right, chicago-author-date, …")
	private String style;

	@Option(names = "--forum-link", paramLabel = "URL", description = "the LMS address of a forum; {id} stands for the forum prompt's id")
	private String forumLink;

	@Override
	public Integer call() {
		long started = System.nanoTime();
		List<LoadedModule> modules;
		try {
			modules = Language.moduleLoader().load(List.of(path));
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		if (modules.size() != 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), path + ": holds " + modules.size()
					+ " modules; publish one module folder at a time");
		}
		LoadedModule module = modules.get(0);
		Path base = Path.of("").toAbsolutePath();
		module.problems().forEach(p -> spec.commandLine().getOut().println(p.format(base)));
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			spec.commandLine().getErr().println("coursewright: not published: fix the errors above first.");
			return CoursewrightCommand.EXIT_ERRORS;
		}
		Path out = output != null ? output : module.folder().resolve("site");
		try {
			SiteFiles site = Publisher.publish(module.model(), new PublishOptions(out, style, forumLink));
			long millis = (System.nanoTime() - started) / 1_000_000;
			spec.commandLine().getOut().println("Published " + module.model().header().get().getCode() + ": " + site.pages()
					+ " pages in " + Problem.shown(base, out.toAbsolutePath().normalize()) + " (" + millis + " ms)");
			return CoursewrightCommand.EXIT_OK;
		} catch (PublishException e) {
			spec.commandLine().getErr().println("coursewright: not published: " + e.getMessage());
			return CoursewrightCommand.EXIT_ERRORS;
		}
	}
}
