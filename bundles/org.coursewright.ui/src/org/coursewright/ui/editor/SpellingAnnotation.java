package org.coursewright.ui.editor;

import org.eclipse.jface.text.source.Annotation;

/** A misspelt word, shown with the editors' own spelling underline. */
public class SpellingAnnotation extends Annotation {

	public static final String TYPE = "org.eclipse.ui.workbench.texteditor.spelling";

	private final String word;

	public SpellingAnnotation(String word, String dictionary) {
		super(TYPE, false, "'" + word + "' is not in the " + dictionary + " dictionary nor in the module's word list");
		this.word = word;
	}

	public String word() {
		return word;
	}
}
