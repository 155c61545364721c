package org.coursewright.dsl.bibliography;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import static org.coursewright.dsl.course.CoursePackage.Literals.*;

import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.ReferenceType;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/** Reads CSL-JSON, the format Zotero and citeproc processors exchange: an array of items. */
final class CslJsonReader {

	List<Reference> read(Reader reader) throws BibliographyFormatException {
		JsonElement root;
		JsonReader json = new JsonReader(reader);
		json.setStrictness(Strictness.STRICT);
		try {
			root = JsonParser.parseReader(json);
		} catch (JsonParseException | StackOverflowError e) {
			throw new BibliographyFormatException("This CSL-JSON file cannot be read: " + e.getMessage(), 0);
		}
		if (!root.isJsonArray()) {
			throw new BibliographyFormatException("A CSL-JSON bibliography must be an array of items, [ {...}, ... ].", 1);
		}
		List<Reference> references = new ArrayList<>();
		int position = 0;
		for (JsonElement element : root.getAsJsonArray()) {
			position++;
			if (!element.isJsonObject() || text(element.getAsJsonObject(), "id") == null) {
				throw new BibliographyFormatException("Item " + position + " of this CSL-JSON file has no \"id\".", 0);
			}
			references.add(toReference(element.getAsJsonObject()));
		}
		return references;
	}

	private Reference toReference(JsonObject item) {
		ReferenceBuilder builder = new ReferenceBuilder(text(item, "id"), typeOf(text(item, "type")));
		names(item, "author").forEach(builder::author);
		names(item, "editor").forEach(builder::editor);
		return builder.year(year(item, "issued"))
				.text(REFERENCE__TITLE, text(item, "title"))
				.text(REFERENCE__CONTAINER, text(item, "container-title"))
				.text(REFERENCE__PUBLISHER, text(item, "publisher"))
				.text(REFERENCE__PLACE, text(item, "publisher-place"))
				.text(REFERENCE__EDITION, text(item, "edition"))
				.text(REFERENCE__VOLUME, text(item, "volume"))
				.text(REFERENCE__ISSUE, text(item, "issue"))
				.pages(text(item, "page"))
				.doi(text(item, "DOI"))
				.text(REFERENCE__URL, text(item, "URL"))
				.text(REFERENCE__ACCESSED, date(item, "accessed"))
				.build();
	}

	private static ReferenceType typeOf(String type) {
		if (type == null) {
			return ReferenceType.BOOK;
		}
		return switch (type) {
			case "article-journal", "article", "article-magazine", "article-newspaper" -> ReferenceType.ARTICLE;
			case "chapter", "paper-conference", "entry-encyclopedia" -> ReferenceType.CHAPTER;
			case "report" -> ReferenceType.REPORT;
			case "webpage", "post-weblog", "post" -> ReferenceType.WEBPAGE;
			case "motion_picture", "broadcast", "video" -> ReferenceType.VIDEO;
			default -> ReferenceType.BOOK;
		};
	}

	private static List<String> names(JsonObject item, String role) {
		List<String> names = new ArrayList<>();
		if (!(item.get(role) instanceof JsonArray array)) {
			return names;
		}
		for (JsonElement element : array) {
			if (element instanceof JsonObject name) {
				String literal = text(name, "literal");
				String family = text(name, "family");
				String given = text(name, "given");
				names.add(literal != null ? literal : given == null ? family : family + ", " + given);
			}
		}
		return names;
	}

	private static String year(JsonObject item, String field) {
		String date = date(item, field);
		return date == null ? null : date.split("-")[0];
	}

	/** A CSL date {"date-parts": [[2024, 5, 1]]} as "2024-05-01". */
	private static String date(JsonObject item, String field) {
		if (!(item.get(field) instanceof JsonObject date)) {
			return null;
		}
		if (date.get("date-parts") instanceof JsonArray parts && !parts.isEmpty() && parts.get(0) instanceof JsonArray first) {
			List<String> pieces = new ArrayList<>();
			for (JsonElement piece : first) {
				String value = piece.getAsString();
				pieces.add(pieces.isEmpty() ? value : (value.length() == 1 ? "0" + value : value));
			}
			return String.join("-", pieces);
		}
		return text(date, "raw");
	}

	private static String text(JsonObject object, String field) {
		JsonElement value = object.get(field);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
	}
}
