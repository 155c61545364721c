package org.coursewright.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.Packer;
import org.coursewright.packs.pdf.CourseReader;
import org.coursewright.packs.pdf.PageSize;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.Publisher;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright pack PATH [-o OUT] [--format cc,scorm12,scorm2004,site,epub,pdf] [--page-size a4|letter]}: checks modules and writes the packs LMSs import. */
@Command(name = "pack", mixinStandardHelpOptions = true,
		description = "Checks a module and, when it has no errors, writes the course packs an LMS imports, with a report of"
				+ " what each format could not carry as it is.")
public class PackCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", description = "a module folder (or one of its .course files), an .adaptation file, or a folder of these")
	private Path path;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "the folder to write the packs into (default: packs/ in each module folder)")
	private Path output;

	@Option(names = "--format", paramLabel = "FORMATS", split = ",",
			description = "cc (IMS Common Cartridge 1.1), scorm12 (SCORM 1.2), scorm2004 (SCORM 2004 4th Edition), site (the website as a zip),"
					+ " epub (EPUB 3 e-book), pdf (tagged PDF course reader); default: all of them")
	private List<String> formatIds;

	@Option(names = "--page-size", paramLabel = "SIZE", defaultValue = "a4", description = "the course reader's paper: a4 (the default) or letter")
	private String pageSizeId;

	@Mixin
	private PageOptions pageOptions;

	@Mixin
	private ReportOptions reportOptions;

	@Mixin
	private ShardOptions shardOptions;

	@Option(names = "--json", description = "print each module's problems and the packs written as JSON, for build servers")
	private boolean json;

	@Option(names = "--force", description = "pack every module, even those unchanged since their last pack")
	private boolean force;

	@Override
	public Integer call() {
		List<PackFormat> formats = formats();
		Incremental incremental = new Incremental("pack|" + pageOptions.settings() + "|" + formats.stream().map(PackFormat::id).toList()
				+ "|" + pageSize().id(), force,
				this::recordFile);
		return EachModule.run(spec, shardOptions.select(List.of(path)),
				new EachModule.Settings("not packed", reportOptions, "pack", json, incremental, () -> Publisher.warmUp(pageOptions.style),
						(folder, recorded) -> shownFrom(recorded, packFolder(folder))),
				(module, base, fingerprint) -> pack(module, base, formats, fingerprint));
	}

	private Path packFolder(Path moduleFolder) {
		return (output != null ? output : moduleFolder.resolve("packs")).toAbsolutePath().normalize();
	}

	/** ".EDL710.coursewright-build" beside the module's packs: one pack folder may hold several modules' packs. */
	private Path recordFile(Path moduleFolder) {
		return packFolder(moduleFolder).resolve("." + ModuleCodes.of(moduleFolder) + BuildRecord.SUFFIX);
	}

	private List<PackFormat> formats() {
		List<PackFormat> formats = new ArrayList<>();
		if (formatIds == null || formatIds.isEmpty()) {
			Packer.FORMATS.forEach(format -> formats.add(sized(format)));
			return formats;
		}
		for (String id : formatIds) {
			formats.add(sized(Packer.format(id.strip()).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
					"There is no pack format called '" + id.strip() + "'. Use "
							+ String.join(", ", Packer.FORMATS.stream().map(PackFormat::id).toList()) + "."))));
		}
		return formats;
	}

	/** The course reader on the paper asked for; the other formats have no pages. */
	private PackFormat sized(PackFormat format) {
		return format instanceof CourseReader ? new CourseReader(pageSize()) : format;
	}

	private PageSize pageSize() {
		return PageSize.of(pageSizeId).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
				"There is no page size called '" + pageSizeId + "'. Use a4 or letter."));
	}

	private EachModule.Done pack(LoadedModule module, Path base, List<PackFormat> formats, String fingerprint) throws PublishException {
		Path target = packFolder(module.folder());
		Path record = recordFile(module.folder());
		Map<String, Long> sizes = new TreeMap<>();
		StringBuilder out = new StringBuilder();
		JsonArray packs = new JsonArray();
		try {
			// gone before the packs change: a run killed half-way leaves no record, and the next run packs again
			Files.deleteIfExists(record);
			for (Packer.Written written : Packer.pack(module.model(), pageOptions.writingTo(target), formats, target)) {
				out.append("Packed ").append(Problem.shown(base, written.file())).append('\n');
				written.degradations().forEach(d -> out.append("  ").append(d).append('\n'));
				JsonObject pack = new JsonObject();
				pack.addProperty("format", written.format().id());
				pack.addProperty("file", target.relativize(written.file()).toString());
				JsonArray degradations = new JsonArray();
				written.degradations().forEach(d -> degradations.add(d.toString()));
				pack.add("degradations", degradations);
				packs.add(pack);
				sizes.put(target.relativize(written.file()).toString(), Files.size(written.file()));
			}
			JsonObject recorded = new JsonObject();
			recorded.add("packs", packs);
			if (fingerprint != null) {
				new BuildRecord(fingerprint, module.problems(), recorded, sizes).write(record, module.folder());
			}
			return new EachModule.Done(out.toString(), shownFrom(recorded.deepCopy(), target));
		} catch (IOException e) {
			throw new PublishException("cannot write " + target + " (" + e.getMessage() + ")");
		}
	}

	/** The packs' files, recorded relative to their folder, as shown from here. */
	private static JsonObject shownFrom(JsonObject recorded, Path packFolder) {
		Path base = Path.of("").toAbsolutePath();
		for (var pack : recorded.getAsJsonArray("packs")) {
			JsonObject object = pack.getAsJsonObject();
			object.addProperty("file", Problem.shown(base, packFolder.resolve(object.get("file").getAsString())).toString());
		}
		return recorded;
	}
}
