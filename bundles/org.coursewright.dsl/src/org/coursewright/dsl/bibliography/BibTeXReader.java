package org.coursewright.dsl.bibliography;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.coursewright.dsl.course.CoursePackage.Literals.*;

import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.ReferenceType;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.Value;

/** Reads BibTeX (and biblatex) entries with jbibtex, turning LaTeX markup into plain text. */
final class BibTeXReader {

	private static final Pattern LINE = Pattern.compile("line (\\d+)");

	List<Reference> read(Reader reader) throws BibliographyFormatException {
		BibTeXDatabase database;
		try {
			database = new BibTeXParser().parse(reader);
		} catch (org.jbibtex.ObjectResolutionException e) {
			// jbibtex names only the key: an @string used before it is defined, or defined by itself
			throw new BibliographyFormatException("This BibTeX file cannot be read: the @string '" + e.getMessage()
					+ "' is used but never defined before (or is defined by itself).", 0);
		} catch (Exception | Error e) { // jbibtex reports lexical errors as java.lang.Error subclasses
			String message = String.valueOf(e.getMessage());
			Matcher line = LINE.matcher(message);
			throw new BibliographyFormatException("This BibTeX file cannot be read: " + firstLine(message),
					line.find() ? Integer.parseInt(line.group(1)) : 0);
		}
		List<Reference> references = new ArrayList<>();
		for (BibTeXEntry entry : database.getEntries().values()) {
			references.add(toReference(entry));
		}
		return references;
	}

	private Reference toReference(BibTeXEntry entry) {
		ReferenceBuilder builder = new ReferenceBuilder(entry.getKey().getValue(), typeOf(entry));
		names(field(entry, "author")).forEach(builder::author);
		names(field(entry, "editor")).forEach(builder::editor);
		String container = first(field(entry, "booktitle"), field(entry, "journal"), field(entry, "journaltitle"));
		return builder.year(first(field(entry, "year"), field(entry, "date")))
				.text(REFERENCE__TITLE, field(entry, "title"))
				.text(REFERENCE__CONTAINER, container)
				.text(REFERENCE__PUBLISHER, first(field(entry, "publisher"), field(entry, "institution"), field(entry, "organization")))
				.text(REFERENCE__PLACE, first(field(entry, "address"), field(entry, "location")))
				.text(REFERENCE__EDITION, field(entry, "edition"))
				.text(REFERENCE__VOLUME, field(entry, "volume"))
				.text(REFERENCE__ISSUE, field(entry, "number"))
				.pages(field(entry, "pages"))
				.doi(field(entry, "doi"))
				.text(REFERENCE__URL, field(entry, "url"))
				.text(REFERENCE__ACCESSED, field(entry, "urldate"))
				.build();
	}

	private static ReferenceType typeOf(BibTeXEntry entry) {
		return switch (entry.getType().getValue().toLowerCase(Locale.ROOT)) {
			case "article" -> ReferenceType.ARTICLE;
			case "incollection", "inbook", "inproceedings" -> ReferenceType.CHAPTER;
			case "techreport", "report" -> ReferenceType.REPORT;
			case "online", "webpage", "electronic" -> ReferenceType.WEBPAGE;
			case "video", "movie" -> ReferenceType.VIDEO;
			case "misc" -> entry.getField(new Key("url")) != null ? ReferenceType.WEBPAGE : ReferenceType.REPORT;
			default -> ReferenceType.BOOK;
		};
	}

	private static String field(BibTeXEntry entry, String name) {
		Value value = entry.getField(new Key(name));
		if (value == null) {
			return null;
		}
		String text = value.toUserString();
		try {
			return new LaTeXPrinter().print(new LaTeXParser().parse(text)).strip();
		} catch (Exception | Error e) { // not LaTeX after all: keep the text as written
			return text.strip();
		}
	}

	/** "John MacBeath and Dempster, Neil" becomes ["MacBeath, John", "Dempster, Neil"]. */
	static List<String> names(String field) {
		List<String> names = new ArrayList<>();
		if (field == null) {
			return names;
		}
		for (String name : field.split("\\s+and\\s+")) {
			String trimmed = name.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			int lastSpace = trimmed.lastIndexOf(' ');
			if (trimmed.contains(",") || lastSpace < 0) {
				names.add(trimmed);
			} else {
				names.add(trimmed.substring(lastSpace + 1) + ", " + trimmed.substring(0, lastSpace));
			}
		}
		return names;
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static String firstLine(String message) {
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}
}
