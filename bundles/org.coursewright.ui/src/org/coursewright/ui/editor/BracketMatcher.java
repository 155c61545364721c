package org.coursewright.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Highlights the brace or bracket that matches the one beside the caret. */
public class BracketMatcher extends DefaultCharacterPairMatcher {

	public BracketMatcher() {
		super(new char[] { '{', '}', '[', ']', '(', ')' });
	}
}
