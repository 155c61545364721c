package org.coursewright.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.Packer;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.Publisher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright pack PATH [-o OUT] [--format cc,scorm12,scorm2004,site]}: checks modules and writes the packs LMSs import. */
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
			description = "cc (IMS Common Cartridge 1.1), scorm12 (SCORM 1.2), scorm2004 (SCORM 2004 4th Edition), site (the website as a zip); default: all of them")
	private List<String> formatIds;

	@Mixin
	private PageOptions pageOptions;

	@Mixin
	private ReportOptions reportOptions;

	@Mixin
	private ShardOptions shardOptions;

	@Override
	public Integer call() {
		List<PackFormat> formats = formats();
		Publisher.warmUp(pageOptions.style);
		return EachModule.run(spec, shardOptions.select(List.of(path)), "not packed", (module, base) -> pack(module, base, formats), reportOptions, "pack");
	}

	private List<PackFormat> formats() {
		if (formatIds == null || formatIds.isEmpty()) {
			return Packer.FORMATS;
		}
		List<PackFormat> formats = new ArrayList<>();
		for (String id : formatIds) {
			formats.add(Packer.format(id.strip()).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
					"There is no pack format called '" + id.strip() + "'. Use "
							+ String.join(", ", Packer.FORMATS.stream().map(PackFormat::id).toList()) + ".")));
		}
		return formats;
	}

	private String pack(LoadedModule module, Path base, List<PackFormat> formats) throws PublishException {
		Path target = (output != null ? output : module.folder().resolve("packs")).toAbsolutePath().normalize();
		StringBuilder out = new StringBuilder();
		try {
			for (Packer.Written written : Packer.pack(module.model(), pageOptions.writingTo(target), formats, target)) {
				out.append("Packed ").append(Problem.shown(base, written.file())).append('\n');
				written.degradations().forEach(d -> out.append("  ").append(d).append('\n'));
			}
		} catch (IOException e) {
			throw new PublishException("cannot write " + target + " (" + e.getMessage() + ")");
		}
		return out.toString();
	}
}
