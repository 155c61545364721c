package org.coursewright.ui.editor;

import java.util.List;

/**
 * Skeletons of the elements designers add most, offered by content assist wherever the
 * grammar allows the element's keyword. {@code ${value}} marks a field the designer fills in
 * (Tab moves from one to the next); the value is what stands there until they do.
 */
final class ElementTemplates {

	record Template(String keyword, String label, String text) {
	}

	static final List<Template> ALL = List.of(
			new Template("activity", "New activity", """
					activity ${new-activity} "${Title}" {
						type ${productive}
						allow about ${30} minutes
						serves ${lo1}
						instructions \"""
							Say what the learner does.
						\"""
						response box medium
						discussion \"""
							What learners might have noticed.
						\"""
					}"""),
			new Template("forum", "New forum prompt", """
					forum ${new-forum} "${Title}" {
						allow about ${45} minutes
						question \"""The question learners answer.\"""
						guidance \"""What to discuss, and what to draw on.\"""
						post about ${300} words
						reply to ${2} peers
					}"""),
			new Template("reading", "New reading", """
					reading ${new-reading} from ${key} pages ${1-10} {
						required
						allow about ${30} minutes
						why \"""Why this reading matters here.\"""
					}"""));

	private ElementTemplates() {
	}

	/** A field of an expanded template: where its value stands, counted from the start of the text. */
	record Field(int offset, int length) {
	}

	private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("\\$\\{([^}]*)\\}");

	/** The template text indented like the line it is inserted on, each field showing its value. */
	static String expand(Template template, String indentation) {
		return FIELD.matcher(template.text().replace("\n", "\n" + indentation)).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
	}

	/** The fields of the expanded text, in the order Tab visits them. */
	static List<Field> fields(Template template, String indentation) {
		List<Field> fields = new java.util.ArrayList<>();
		java.util.regex.Matcher field = FIELD.matcher(template.text().replace("\n", "\n" + indentation));
		int removed = 0;
		while (field.find()) {
			fields.add(new Field(field.start() - removed, field.group(1).length()));
			removed += field.group().length() - field.group(1).length();
		}
		return fields;
	}
}
