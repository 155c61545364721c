package org.coursewright.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.site.SiteFiles;

import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright publish PATH [-o OUT]}: checks modules and writes their course websites. */
@Command(name = "publish", mixinStandardHelpOptions = true,
		description = "Checks a module and, when it has no errors, writes its course website.")
public class PublishCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", description = "a module folder (or one of its .course files), an .adaptation file, or a folder of these")
	private Path path;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "the folder to write the site into (default: site/ in the module folder)")
	private Path output;

	@Mixin
	private PageOptions pageOptions;

	@Mixin
	private ReportOptions reportOptions;

	@Mixin
	private ShardOptions shardOptions;

	@Option(names = "--json", description = "print each module's problems and what was published as JSON, for build servers")
	private boolean json;

	@Override
	public Integer call() {
		Publisher.warmUp(pageOptions.style);
		if (output != null) {
			refuseOutputForACatalogue();
		}
		return EachModule.run(spec, shardOptions.select(List.of(path)), "not published", this::publish, reportOptions, "publish", json);
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

	private EachModule.Done publish(LoadedModule module, Path base) throws PublishException {
		long started = System.nanoTime();
		Path target = output != null ? output : module.folder().resolve("site");
		SiteFiles site = Publisher.publish(module.model(), pageOptions.writingTo(target));
		long millis = (System.nanoTime() - started) / 1_000_000;
		String shown = Problem.shown(base, target.toAbsolutePath().normalize()).toString();
		JsonObject done = new JsonObject();
		done.addProperty("site", shown);
		done.addProperty("pages", site.pages());
		return new EachModule.Done("Published " + module.model().header().get().getCode() + ": " + site.pages() + " pages in " + shown
				+ " (" + millis + " ms)\n", done);
	}
}
