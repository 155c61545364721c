package org.coursewright.ui.wizards;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.coursewright.publish.site.SiteFiles;

/** What the unit, import and export wizards do to a module folder, without any UI. */
public final class ModuleFolderChanges {

	private static final Pattern NUMBERED = Pattern.compile("^(\\d+)-.*\\.course$");
	private static final Pattern HEADER = Pattern.compile("(?m)^module\\s");

	private ModuleFolderChanges() {
	}

	/** "03-new-unit.course" after 01-… and 02-…: the file name that makes the new unit come last. */
	public static String nextUnitFileName(Path folder, String slug) throws IOException {
		int highest = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Matcher m = NUMBERED.matcher(file.getFileName().toString());
				if (m.matches()) {
					highest = Math.max(highest, Integer.parseInt(m.group(1)));
				}
			}
		}
		return String.format("%02d-%s.course", highest + 1, slug);
	}

	/**
	 * The id for a unit of the given title: its words in lower case joined by hyphens, and not
	 * a word of the language ("assessment" becomes "assessment-unit"), so that it reads as an
	 * id wherever it is written.
	 */
	public static String unitId(String title, java.util.Set<String> keywords) {
		String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[-0-9]+|-+$", "");
		if (slug.isEmpty()) {
			return "new-unit";
		}
		return keywords.contains(slug) ? slug + "-unit" : slug;
	}

	/** A unit with one session that has a first paragraph, so it checks without warnings. */
	public static String unitSkeleton(String id, String title) {
		String quoted = title.replace("\\", "\\\\").replace("\"", "\\\"");
		return """
				unit %1$s "%2$s" {

					session %1$s-1 "First session" {
						\"""
						Write the session here, in Markdown.
						\"""
					}
				}
				""".formatted(id, quoted);
	}

	/**
	 * Copies a BibTeX or CSL-JSON file into the module folder and adds a bibliography line for
	 * it to the file that holds the module header. Returns the name the copy got.
	 */
	public static String importBibliography(Path source, Path folder) throws IOException {
		String name = source.getFileName().toString();
		Path target = folder.resolve(name);
		if (!Files.exists(target)) {
			Files.copy(source, target);
		}
		Path headerFile = null;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".course")).sorted().toList()) {
				if (HEADER.matcher(Files.readString(file)).find()) {
					headerFile = file;
					break;
				}
			}
		}
		Path edited = headerFile != null ? headerFile : folder.resolve("bibliography.course");
		String line = "bibliography \"" + name + "\"\n";
		String text = Files.exists(edited) ? Files.readString(edited) : "";
		if (!text.contains(line.strip())) {
			Files.writeString(edited, text + separator(text) + line);
		}
		return name;
	}

	/** Bibliography lines stay together; anything else gets a blank line before the new one. */
	private static String separator(String text) {
		String trimmed = text.stripTrailing();
		if (trimmed.isEmpty()) {
			return "";
		}
		String lastLine = trimmed.substring(trimmed.lastIndexOf('\n') + 1);
		String ending = text.substring(trimmed.length());
		if (lastLine.startsWith("bibliography ")) {
			return ending.startsWith("\n") ? "" : "\n";
		}
		return ending.startsWith("\n\n") ? "" : ending.startsWith("\n") ? "\n" : "\n\n";
	}

	/** Writes a published site as one zip file, for an LMS or a colleague. */
	public static void zip(SiteFiles site, Path zipFile) throws IOException {
		try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> file : site.all().entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
	}
}
