package org.coursewright.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;

/** Where a problem reported at a line and column is in a document: the word (or quoted text) that starts there. */
public final class ProblemPlaces {

	private ProblemPlaces() {
	}

	public static Position span(IDocument document, int line, int column) {
		try {
			int index = Math.min(line - 1, document.getNumberOfLines() - 1);
			int lineEnd = document.getLineOffset(index) + document.getLineLength(index);
			int offset = Math.min(document.getLineOffset(index) + column - 1, document.getLength());
			int end = offset;
			while (end < lineEnd && !Character.isWhitespace(document.getChar(end))) {
				end++;
			}
			return new Position(offset, Math.max(1, end - offset));
		} catch (BadLocationException e) {
			return new Position(0, 0);
		}
	}
}
