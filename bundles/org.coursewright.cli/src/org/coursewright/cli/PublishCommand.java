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

/** {@code coursewright publish PATH [-o OUT]}: checks modules and writes their course websites. */
@Command(name = "publish", mixinStandardHelpOptions = true,
		description = "Checks a module and, when it has no errors, writes its course website.")
public class PublishCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", description = "a module folder (or one of its .course files), or a folder of module folders")
	private Path path;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "the folder to write the site into (default: site/ in the module folder)")
	private Path output;

	@Option(names = "--style", paramLabel = "STYLE", description = "a CSL style name: apa (default), harvard-cite-them-right, chicago-author-date, …")
	private String style;

	@Option(names = "--language", paramLabel = "LOCALE", description = "the references' language, such as en-GB or en-US (default: the module's own)")
	private String language;

	@Option(names = "--forum-link", paramLabel = "URL", description = "the LMS address of a forum; {id} stands for the forum prompt's id")
	private String forumLink;

	@Override
	public Integer call() {
		Publisher.warmUp(style);
		if (output != null) {
			refuseOutputForACatalogue();
		}
		List<Report> reports;
		try {
			// Each module is loaded, checked, published and dropped by one worker; the reports
			// are printed afterwards, in folder order.
			reports = Language.moduleLoader().loadEach(List.of(path), this::publish);
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		reports.forEach(report -> {
			spec.commandLine().getOut().print(report.out());
			spec.commandLine().getErr().print(report.err());
		});
		return reports.stream().mapToInt(Report::exit).max().orElse(CoursewrightCommand.EXIT_OK);
	}

	/** One site folder cannot hold several modules: found before anything is loaded or written. */
	private void refuseOutputForACatalogue() {
		long modules;
		try {
			modules = ModuleLoader.moduleFolders(List.of(path)).size();
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		if (modules > 1) {
			throw new CommandLine.ParameterException(spec.commandLine(), path + ": holds " + modules
					+ " modules; --output works with one module (without it, each module gets its own site/)");
		}
	}

	private record Report(int exit, String out, String err) {
	}

	private Report publish(LoadedModule module) {
		long started = System.nanoTime();
		Path base = Path.of("").toAbsolutePath();
		StringBuilder out = new StringBuilder();
		module.problems().forEach(p -> out.append(p.format(base)).append('\n'));
		String folder = Problem.shown(base, module.folder()).toString();
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(),
					"coursewright: " + folder + " not published: fix the errors above first.\n");
		}
		Path target = output != null ? output : module.folder().resolve("site");
		try {
			SiteFiles site = Publisher.publish(module.model(), new PublishOptions(target, style, language, forumLink));
			long millis = (System.nanoTime() - started) / 1_000_000;
			out.append("Published " + module.model().header().get().getCode() + ": " + site.pages() + " pages in "
					+ Problem.shown(base, target.toAbsolutePath().normalize()) + " (" + millis + " ms)\n");
			return new Report(CoursewrightCommand.EXIT_OK, out.toString(), "");
		} catch (PublishException e) {
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(),
					"coursewright: " + folder + " not published: " + e.getMessage() + "\n");
		}
	}
}
