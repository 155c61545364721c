package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.ui.editor.CourseHover;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A hover is as big as its text: neither a large empty box nor cut off. */
class HoverTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;

	@Test
	void aHoverTakesTheSizeOfItsText() throws Exception {
		project = examples.open("hovered", folder);
		ITextEditor editor = (ITextEditor) IDE.openEditor(TestWorkbench.page(), project.getFile("02-practices.course"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		CourseHover hover = new CourseHover();

		StyledText label = shown(hover, viewer, document.get().indexOf("rank-dimensions") + 2);
		assertEquals("Activity 2.1 Rank the dimensions — Allow about 20 minutes", label.getText());
		Point oneLine = label.computeSize(SWT.DEFAULT, SWT.DEFAULT);
		Point size = label.getShell().getSize();
		assertEquals(1, label.getLineCount());
		assertTrue(label.getClientArea().width >= oneLine.x - 2, "the label whole on one line: " + label.getClientArea() + " for " + oneLine);
		assertTrue(size.x < oneLine.x + 60 && size.y < 3 * label.getLineHeight() + 40, "no bigger than the label: " + size + " for " + oneLine);
		Screenshots.ofShell(label.getShell(), "hover-activity.png");
		label.getShell().dispose();

		StyledText reference = shown(hover, viewer, document.get().indexOf("@neumerski2013") + 3);
		assertTrue(reference.getText().startsWith("Neumerski, C. M. (2013)."), reference.getText());
		assertTrue(reference.getLineCount() > 2, "wrapped: " + reference.getText());
		int width = reference.getClientArea().width;
		assertTrue(reference.computeSize(width, SWT.DEFAULT).y <= reference.getClientArea().height + 2,
				"every wrapped line of the reference shown: " + reference.getClientArea());
		assertTrue(reference.getShell().getSize().x <= maxWidth(viewer) + 40, "wrapped at the hover's greatest width");
		Screenshots.ofShell(reference.getShell(), "hover-reference.png");
		reference.getShell().dispose();
	}

	/**
	 * The hover of the name at the offset, made and sized as the editor's hover manager does:
	 * through the hover's own control creator, within 60 columns and 10 lines of the editor's
	 * font (the text viewer's size constraints), at the control's size hint.
	 */
	private static StyledText shown(CourseHover hover, ITextViewer viewer, int offset) {
		String text = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, offset));
		IInformationControl control = hover.getHoverControlCreator().createInformationControl(viewer.getTextWidget().getShell());
		GC gc = new GC(viewer.getTextWidget());
		int columns = (int) gc.getFontMetrics().getAverageCharacterWidth() * 60;
		int lines = gc.getFontMetrics().getHeight() * 10;
		gc.dispose();
		control.setSizeConstraints(columns, lines);
		control.setInformation(text);
		Point hint = control.computeSizeHint();
		control.setSize(hint.x, hint.y);
		control.setLocation(new Point(100, 100));
		control.setVisible(true);
		TestWorkbench.dispatch();
		for (Shell shell : viewer.getTextWidget().getDisplay().getShells()) {
			if (shell.isVisible()) {
				for (StyledText shown : Widgets.controls(shell, StyledText.class)) {
					if (shown.getText().replace('\n', ' ').equals(text)) {
						return shown;
					}
				}
			}
		}
		throw new AssertionError("the hover is not shown");
	}

	private static int maxWidth(ITextViewer viewer) {
		GC gc = new GC(viewer.getTextWidget());
		int width = (int) gc.getFontMetrics().getAverageCharacterWidth() * 60;
		gc.dispose();
		return width;
	}


}
