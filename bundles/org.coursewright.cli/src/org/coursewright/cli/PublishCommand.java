package org.coursewright.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
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

	@Option(names = { "-o", "--output" }, paramLabel = "OUT",
			description = "the folder to write the site into (default: site/ in the module folder); for a folder of several modules, each site goes into OUT/CODE")
	private Path output;

	@Mixin
	private PageOptions pageOptions;

	@Mixin
	private ReportOptions reportOptions;

	@Mixin
	private ShardOptions shardOptions;

	@Option(names = "--json", description = "print each module's problems and what was published as JSON, for build servers")
	private boolean json;

	@Option(names = "--force", description = "publish every module, even those unchanged since their last publish")
	private boolean force;

	/** With {@code --output} and several modules: module folder to the folder its site goes into, OUT/CODE. */
	private Map<Path, Path> sitesInOutput;

	@Override
	public Integer call() {
		if (output != null) {
			sitesInOutput = sitesInOutput();
		}
		// where the site goes is not in the fingerprint: the record is there, so a site elsewhere has none
		Incremental incremental = new Incremental("publish|" + pageOptions.settings(), force, folder -> siteFolder(folder).resolve(BuildRecord.SUFFIX));
		return EachModule.run(spec, shardOptions.select(List.of(path)),
				new EachModule.Settings("not published", reportOptions, "publish", json, incremental, () -> Publisher.warmUp(pageOptions.style),
						(folder, recorded) -> shownWithSite(recorded, siteFolder(folder))),
				this::publish);
	}

	/**
	 * One module's site goes into OUT itself; a catalogue's, each into OUT/CODE (a build server
	 * collects them in one place). Two modules with one code would share a folder: refused
	 * before anything is loaded or written.
	 */
	private Map<Path, Path> sitesInOutput() {
		Set<Path> folders;
		try {
			folders = ModuleLoader.moduleFolders(List.of(path));
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		if (folders.size() < 2) {
			return null;
		}
		Map<Path, Path> sites = new LinkedHashMap<>();
		Map<String, Path> byCode = new HashMap<>();
		for (Path folder : folders) {
			String code = ModuleCodes.of(folder);
			Path other = byCode.putIfAbsent(code, folder);
			if (other != null) {
				throw new CommandLine.ParameterException(spec.commandLine(), other + " and " + folder + " are both module " + code
						+ "; with --output each module's site goes into OUT/CODE, so the codes must differ");
			}
			sites.put(folder, output.toAbsolutePath().normalize().resolve(code));
		}
		return sites;
	}

	private Path siteFolder(Path moduleFolder) {
		if (sitesInOutput != null && sitesInOutput.containsKey(moduleFolder)) {
			return sitesInOutput.get(moduleFolder);
		}
		return (output != null ? output : moduleFolder.resolve("site")).toAbsolutePath().normalize();
	}

	private EachModule.Done publish(LoadedModule module, Path base, String fingerprint) throws PublishException {
		long started = System.nanoTime();
		Path target = siteFolder(module.folder());
		String code = module.model().header().get().getCode();
		JsonObject recorded = new JsonObject();
		// the record goes into the site, so that it is swapped in with the pages it describes
		SiteFiles site = Publisher.publish(module.model(), pageOptions.writingTo(target), files -> {
			recorded.addProperty("pages", files.pages());
			if (fingerprint != null) {
				Map<String, Long> sizes = new TreeMap<>();
				files.all().forEach((name, bytes) -> sizes.put(name, (long) bytes.length));
				files.text(BuildRecord.SUFFIX, new BuildRecord(fingerprint, module.problems(), recorded, sizes).toJson(module.folder()));
			}
		});
		JsonObject done = shownWithSite(recorded, target);
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new EachModule.Done("Published " + code + ": " + site.pages() + " pages in " + done.get("site").getAsString() + " (" + millis + " ms)\n", done);
	}

	/** {"site": the site folder as shown from here, "pages": …}. */
	private static JsonObject shownWithSite(JsonObject recorded, Path site) {
		JsonObject done = new JsonObject();
		done.addProperty("site", Problem.shown(Path.of("").toAbsolutePath(), site).toString());
		recorded.entrySet().forEach(e -> done.add(e.getKey(), e.getValue()));
		return done;
	}
}
