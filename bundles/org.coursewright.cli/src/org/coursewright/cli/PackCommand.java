package org.coursewright.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.Packer;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright pack PATH [-o OUT] [--format cc,site]}: checks modules and writes the packs LMSs import. */
@Command(name = "pack", mixinStandardHelpOptions = true,
		description = "Checks a module and, when it has no errors, writes the course packs an LMS imports, with a report of"
				+ " what each format could not carry as it is.")
public class PackCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "PATH", description = "a module folder (or one of its .course files), or a folder of module folders")
	private Path path;

	@Option(names = { "-o", "--output" }, paramLabel = "OUT", description = "the folder to write the packs into (default: packs/ in each module folder)")
	private Path output;

	@Option(names = "--format", paramLabel = "FORMATS", split = ",",
			description = "cc (IMS Common Cartridge 1.1), site (the website as a zip); default: all of them")
	private List<String> formatIds;

	@Option(names = "--style", paramLabel = "STYLE", description = "a CSL style name: apa (default), harvard-cite-them-right, chicago-author-date, …")
	private String style;

	@Option(names = "--language", paramLabel = "LOCALE", description = "the references' language, such as en-GB or en-US (default: the module's own)")
	private String language;

	@Option(names = "--forum-link", paramLabel = "URL", description = "the LMS address of a forum; {id} stands for the forum prompt's id")
	private String forumLink;

	@Override
	public Integer call() {
		List<PackFormat> formats = formats();
		Publisher.warmUp(style);
		List<Report> reports;
		try {
			// each module is loaded, checked, packed and dropped by one worker; reports come in folder order
			reports = Language.moduleLoader().loadEach(List.of(path), module -> pack(module, formats));
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
		reports.forEach(report -> {
			spec.commandLine().getOut().print(report.out());
			spec.commandLine().getErr().print(report.err());
		});
		return reports.stream().mapToInt(Report::exit).max().orElse(CoursewrightCommand.EXIT_OK);
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

	private record Report(int exit, String out, String err) {
	}

	private Report pack(LoadedModule module, List<PackFormat> formats) {
		Path base = Path.of("").toAbsolutePath();
		StringBuilder out = new StringBuilder();
		module.problems().forEach(p -> out.append(p.format(base)).append('\n'));
		String folder = Problem.shown(base, module.folder()).toString();
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(), "coursewright: " + folder + " not packed: fix the errors above first.\n");
		}
		Path target = (output != null ? output : module.folder().resolve("packs")).toAbsolutePath().normalize();
		try {
			for (Packer.Written written : Packer.pack(module.model(), new PublishOptions(target, style, language, forumLink), formats, target)) {
				out.append("Packed ").append(Problem.shown(base, written.file())).append('\n');
				written.degradations().forEach(d -> out.append("  ").append(d).append('\n'));
			}
			return new Report(CoursewrightCommand.EXIT_OK, out.toString(), "");
		} catch (PublishException e) {
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(), "coursewright: " + folder + " not packed: " + e.getMessage() + "\n");
		} catch (IOException e) {
			return new Report(CoursewrightCommand.EXIT_ERRORS, out.toString(), "coursewright: " + folder + " not packed: cannot write "
					+ target + " (" + e.getMessage() + ")\n");
		}
	}
}
