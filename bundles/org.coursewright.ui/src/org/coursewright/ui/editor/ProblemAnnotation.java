package org.coursewright.ui.editor;

import org.eclipse.jface.text.source.Annotation;

/** An error or warning in the editor that knows its rule's code, so quick fixes can find it. */
public class ProblemAnnotation extends Annotation {

	private final String code;

	public ProblemAnnotation(String type, String text, String code) {
		super(type, false, text);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
