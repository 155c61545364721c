package org.coursewright.ui.editor;

import java.util.List;

/**
 * Skeletons of the elements designers add most, offered by content assist wherever the
 * grammar allows the element's keyword. {@code ${cursor}} marks where the caret goes.
 */
final class ElementTemplates {

	record Template(String keyword, String label, String text) {
	}

	static final List<Template> ALL = List.of(
			new Template("activity", "New activity", """
					activity ${cursor}new-activity "Title" {
						type productive
						allow about 30 minutes
						serves lo1
						instructions \"""
							Say what the learner does.
						\"""
						response box medium
						discussion \"""
							What learners might have noticed.
						\"""
					}"""),
			new Template("forum", "New forum prompt", """
					forum ${cursor}new-forum "Title" {
						allow about 45 minutes
						question \"""The question learners answer.\"""
						guidance \"""What to discuss, and what to draw on.\"""
						post about 300 words
						reply to 2 peers
					}"""),
			new Template("reading", "New reading", """
					reading ${cursor}new-reading from key pages 1-10 {
						required
						allow about 30 minutes
						why \"""Why this reading matters here.\"""
					}"""));

	private ElementTemplates() {
	}

	/** The template text indented like the line it is inserted on, without the cursor mark. */
	static String expand(Template template, String indentation) {
		return template.text().replace("${cursor}", "").replace("\n", "\n" + indentation);
	}

	/** Where the caret goes, counted from the start of the expanded text. */
	static int cursor(Template template) {
		return template.text().indexOf("${cursor}");
	}
}
