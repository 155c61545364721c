package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With word wrap on, a wrapped line of prose goes on under its own first word, not at the margin. */
class WordWrapTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;

	@Test
	void aWrappedLineKeepsItsTextBlocksIndentation() throws Exception {
		project = examples.open("wrapped", folder);
		ITextEditor editor = (ITextEditor) IDE.openEditor(TestWorkbench.page(), project.getFile("02-practices.course"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		StyledText text = ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
		// a long line of prose, typed into a text block
		String first = "Does leadership change what learners achieve?";
		int at = document.get().indexOf(first);
		String longer = first + " Many studies have asked, in many countries and school systems, over many years and with many"
				+ " different measures of what learners achieve and of what leaders do";
		document.replace(at, first.length(), longer);
		TestWorkbench.page().activate(editor);
		org.eclipse.ui.PlatformUI.getWorkbench().getService(org.eclipse.ui.handlers.IHandlerService.class)
				.executeCommand("org.eclipse.ui.edit.text.toggleWordWrap", null); // Alt+Shift+Y
		assertTrue(text.getWordWrap());
		TestWorkbench.dispatch();

		int lineStart = text.getOffsetAtLine(text.getLineAtOffset(widgetOffset(editor, at)));
		int firstWord = lineStart + text.getLine(text.getLineAtOffset(lineStart)).indexOf("Does");
		int lastWord = lineStart + text.getLine(text.getLineAtOffset(lineStart)).indexOf("leaders do");
		int firstX = text.getLocationAtOffset(firstWord).x;
		assertTrue(text.getLocationAtOffset(lastWord).y > text.getLocationAtOffset(firstWord).y, "the line is wrapped");
		// the start of each wrapped part is under "Does", the first word of the line
		int y = text.getLocationAtOffset(firstWord).y;
		for (int offset = firstWord; offset <= lastWord; offset++) {
			var place = text.getLocationAtOffset(offset);
			if (place.y > y) {
				assertEquals(firstX, place.x, "a wrapped part at offset " + offset + " starts under the line's first word");
				y = place.y;
			}
		}
		Screenshots.ofWorkbench("word-wrap.png");
	}

	/** The widget offset of a document offset (they differ when something above is folded). */
	private static int widgetOffset(ITextEditor editor, int modelOffset) {
		Object viewer = editor.getAdapter(ITextOperationTarget.class);
		return viewer instanceof org.eclipse.jface.text.ITextViewerExtension5 mapping ? mapping.modelOffset2WidgetOffset(modelOffset) : modelOffset;
	}
}
