package org.coursewright.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indentation as the designer types: a new line keeps the indentation of the one before, one
 * tab deeper after an opening brace, and Enter between braces puts the closing one on a line
 * of its own; a closing brace typed on an empty line goes back one tab, under its block.
 */
public class BlockIndentation implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
				newLine(document, command);
			} else if (command.length == 0 && "}".equals(command.text)) {
				closingBrace(document, command);
			}
		} catch (BadLocationException e) {
			// the command stays as typed
		}
	}

	private static void newLine(IDocument document, DocumentCommand command) throws BadLocationException {
		int line = document.getLineOfOffset(command.offset);
		int lineStart = document.getLineOffset(line);
		String before = document.get(lineStart, command.offset - lineStart);
		String indent = leadingWhitespace(before);
		boolean opens = before.stripTrailing().endsWith("{");
		String inner = opens ? indent + "\t" : indent;
		String delimiter = command.text;
		if (opens && command.offset < document.getLength() && document.getChar(command.offset) == '}') {
			// Enter between { and }: the caret on an indented line, the brace under the block's start
			command.text = delimiter + inner + delimiter + indent;
			command.caretOffset = command.offset + delimiter.length() + inner.length();
			command.shiftsCaret = false;
		} else {
			command.text = delimiter + inner;
		}
	}

	private static void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		int line = document.getLineOfOffset(command.offset);
		int lineStart = document.getLineOffset(line);
		String before = document.get(lineStart, command.offset - lineStart);
		if (!before.isEmpty() && before.isBlank() && before.endsWith("\t")) {
			command.offset = command.offset - 1;
			command.length = 1;
		}
	}

	private static String leadingWhitespace(String text) {
		int end = 0;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(0, end);
	}
}
