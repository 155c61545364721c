package org.coursewright.packs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.packs.cc.CommonCartridge11;
import org.coursewright.packs.epub.EpubBook;
import org.coursewright.packs.pdf.CourseReader;
import org.coursewright.packs.pdf.PageSize;
import org.coursewright.packs.scorm.ScormPackage;
import org.coursewright.packs.scorm.ScormVersion;
import org.coursewright.packs.site.SiteZip;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.html.Site;
import org.coursewright.publish.site.OrdinaryPermissions;
import org.coursewright.publish.site.OutputLock;
import org.coursewright.publish.site.SiteConflictException;
import org.coursewright.publish.site.SiteFiles;

/**
 * Makes a module's packs in the formats asked for and writes them, each with its degradation
 * report as text and JSON, into one folder. The module's site is rendered once for all formats.
 */
public final class Packer {

	/** Every format, in the order they are made and reported. */
	public static final List<PackFormat> FORMATS = List.of(new CommonCartridge11(), new ScormPackage(ScormVersion.SCORM_12),
			new ScormPackage(ScormVersion.SCORM_2004), new SiteZip(), new EpubBook(),
			new CourseReader(PageSize.A4));

	private Packer() {
	}

	public static Optional<PackFormat> format(String id) {
		return FORMATS.stream().filter(f -> f.id().equals(id)).findFirst();
	}

	/** What one format made: the file written and what it could not carry as it is. */
	public record Written(PackFormat format, Path file, List<Degradation> degradations) {
	}

	public static List<Written> pack(CourseModule module, PublishOptions options, List<PackFormat> formats, Path out)
			throws PublishException, IOException {
		Site site = Publisher.site(module, options);
		SiteFiles files = Publisher.render(site);
		PackSource source = new PackSource(module, site, files);
		Map<PackFormat, Pack> packs = new LinkedHashMap<>();
		for (PackFormat format : formats) {
			packs.put(format, format.make(source));
		}
		try (OutputLock lock = OutputLock.acquire(out)) {
			Files.createDirectories(out);
			removePartialFiles(out);
			List<Written> written = new ArrayList<>();
			for (Map.Entry<PackFormat, Pack> pack : packs.entrySet()) {
				Path file = out.resolve(pack.getKey().fileName(site.moduleCode()));
				writeReadable(file, pack.getValue().bytes());
				written.add(new Written(pack.getKey(), file, pack.getValue().degradations()));
			}
			writeReadable(out.resolve(reportFileName(site.moduleCode())), DegradationReport.text(site.moduleCode(), written)
					.getBytes(StandardCharsets.UTF_8));
			writeReadable(out.resolve(site.moduleCode() + "-packs.json"), DegradationReport.json(site.moduleCode(), written)
					.getBytes(StandardCharsets.UTF_8));
			return written;
		} catch (SiteConflictException e) {
			throw new PublishException(e.getMessage());
		}
	}

	/** Under the lock no other run writes here: a ".NAME.partial" is what a killed run left. */
	private static void removePartialFiles(Path out) throws IOException {
		try (var files = Files.list(out)) {
			for (Path partial : files.filter(p -> p.getFileName().toString().startsWith(".")
					&& p.getFileName().toString().endsWith(PARTIAL) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
				Files.delete(partial);
			}
		}
	}

	private static final String PARTIAL = ".partial";

	/** The degradation report as text, beside the packs: "EDL710-packs.txt". */
	public static String reportFileName(String moduleCode) {
		return moduleCode + "-packs.txt";
	}

	/** For people: one line per pack saying how many elements it could not carry as they are. */
	public static String summary(List<Written> written) {
		return DegradationReport.summary(written);
	}

	/** Written beside and then moved over the old file, so that a reader never sees half a pack; rw-r--r--. */
	private static void writeReadable(Path file, byte[] bytes) throws IOException {
		Path partial = file.resolveSibling("." + file.getFileName() + PARTIAL);
		Files.write(partial, bytes);
		OrdinaryPermissions.apply(partial);
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
