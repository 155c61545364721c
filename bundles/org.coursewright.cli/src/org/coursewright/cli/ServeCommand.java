package org.coursewright.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.cli.serve.LiveReload;
import org.coursewright.cli.serve.ModuleWatcher;
import org.coursewright.cli.serve.SiteServer;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.site.SiteFiles;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coursewright serve PATH [--port P]}: for designers who write in their own editor. The
 * module is published into memory and served on this machine only; every save publishes it
 * again and the open pages reload; errors show in the terminal and over the page, which keeps
 * the last version without errors. Nothing is written to the disk (publish does that).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = "Publishes a module, serves its site on 127.0.0.1 and publishes it again on every change, reloading the open pages.")
public class ServeCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", description = "a module folder (or one of its .course files)")
	private Path path;

	@Option(names = "--port", paramLabel = "P", defaultValue = "8000", description = "the port on 127.0.0.1 to serve on (default: ${DEFAULT-VALUE}; 0 for any free one)")
	private int port;

	@Mixin
	private PageOptions pageOptions;

	private SiteServer server;
	private LiveReload live;

	@Override
	public Integer call() throws IOException {
		Path folder = moduleFolder();
		PrintWriter out = spec.commandLine().getOut();
		live = new LiveReload();
		try {
			server = new SiteServer(port, live);
		} catch (BindException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), "port " + port + " on 127.0.0.1 is in use; choose another with --port");
		}
		try (SiteServer serving = server; ModuleWatcher watcher = new ModuleWatcher(folder, ServeCommand::ignored)) {
			build(folder);
			out.println("Serving " + ModuleCodes.of(folder) + " at http://127.0.0.1:" + server.port() + "/ (watching "
					+ Problem.shown(Path.of("").toAbsolutePath(), folder) + "; Ctrl-C stops)");
			while (true) {
				watcher.awaitChange();
				build(folder);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return CoursewrightCommand.EXIT_OK;
		}
	}

	private Path moduleFolder() {
		Set<Path> folders;
		try {
			folders = ModuleLoader.moduleFolders(List.of(path));
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		if (folders.size() != 1 || ModuleLoader.isAdaptation(folders.iterator().next())) {
			throw new CommandLine.ParameterException(spec.commandLine(), path + ": holds " + folders.size()
					+ " modules; serve shows one module folder at a time");
		}
		return folders.iterator().next();
	}

	/** Publishes the module into memory: the new site is shown and the pages reload, or the errors are shown. */
	private void build(Path folder) {
		long started = System.nanoTime();
		Path base = Path.of("").toAbsolutePath();
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		LoadedModule module;
		try {
			module = AdaptedModules.applied(Language.moduleLoader().loadEach(List.of(folder), m -> m).get(0));
		} catch (ModuleLoader.BadPathException e) { // its files were removed while it is served
			err.println("coursewright: " + e.getMessage());
			live.problems(List.of(e.getMessage()));
			return;
		}
		List<String> lines = new ArrayList<>();
		module.problems().forEach(p -> lines.add(p.format(base)));
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			if (lines.isEmpty()) {
				lines.add(Problem.shown(base, folder) + ": the module has no header");
			}
			lines.forEach(err::println);
			err.println("coursewright: not published; the pages show the errors until they are fixed.");
			live.problems(lines);
			return;
		}
		SiteFiles site;
		try {
			site = Publisher.render(module.model(), pageOptions.writingTo(folder.resolve("site")));
		} catch (PublishException e) {
			err.println("coursewright: not published: " + e.getMessage());
			live.problems(List.of(e.getMessage()));
			return;
		}
		server.show(site);
		live.reload();
		lines.forEach(out::println);
		out.println("Published " + module.model().header().get().getCode() + " (" + site.pages() + " pages) in "
				+ (System.nanoTime() - started) / 1_000_000 + " ms");
	}

	/** Hidden files (editors' swap files, locks), backups, and Coursewright's own outputs are not the module's sources. */
	private static boolean ignored(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(".") || name.endsWith("~") || java.nio.file.Files.isDirectory(path) && ModuleFingerprint.isCoursewrightOutput(path);
	}
}
