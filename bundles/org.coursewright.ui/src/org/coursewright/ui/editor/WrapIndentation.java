package org.coursewright.ui.editor;

import org.eclipse.jface.text.ITextListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.SWT;

/**
 * With word wrap on (Alt+Shift+Y), a long line of a text block goes on under its own first
 * character rather than at the left margin, so prose keeps the block's indentation. Each line
 * is given a wrap indent as wide as its leading tabs and spaces; only lines an edit touches
 * are measured again (the widget moves the others' indents with their lines), and all of them
 * when the width of a space or of a tab changes (zoom, font, preferences).
 */
public class WrapIndentation implements IReconciler {

	private ITextViewer viewer;
	private StyledText widget;
	/**
	 * After the widget shows a change of the document (not an ExtendedModify event: the viewer
	 * changes the widget's content under it): the changed lines, or all of them for a new document.
	 */
	private final ITextListener edited = event -> {
		if (widget == null || widget.isDisposed()) {
			return;
		}
		if (event.getDocumentEvent() == null || event.getText() == null) {
			indentAll();
			return;
		}
		int start = Math.min(event.getOffset(), widget.getCharCount());
		int end = Math.min(start + event.getText().length(), widget.getCharCount());
		indent(widget.getLineAtOffset(start), widget.getLineAtOffset(end));
	};
	/** The width of a space and the tab width the indents were measured with. */
	private int spaceWidth = -1;
	private int tabWidth = -1;
	/** Before each paint, as nothing reports a change of font: the indents, measured again if a space or a tab is no longer as wide. */
	private final Listener painting = event -> {
		int space = event.gc.textExtent(" ").x;
		if (space != spaceWidth || widget.getTabs() != tabWidth) {
			indentAll();
		}
	};

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		widget = textViewer.getTextWidget();
		if (widget == null) {
			return;
		}
		textViewer.addTextListener(edited);
		widget.addListener(SWT.Paint, painting);
		indentAll();
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextListener(edited);
		}
		if (widget != null && !widget.isDisposed()) {
			widget.removeListener(SWT.Paint, painting);
		}
		viewer = null;
		widget = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void indentAll() {
		if (widget != null && !widget.isDisposed() && widget.getLineCount() > 0) {
			indent(0, widget.getLineCount() - 1);
		}
	}

	private void indent(int first, int last) {
		GC gc = new GC(widget);
		try {
			spaceWidth = gc.textExtent(" ").x;
		} finally {
			gc.dispose();
		}
		tabWidth = widget.getTabs();
		for (int line = first; line <= last; line++) {
			int pixels = leadingColumns(widget.getLine(line), Math.max(1, tabWidth)) * spaceWidth;
			if (widget.getLineWrapIndent(line) != pixels) {
				widget.setLineWrapIndent(line, 1, pixels);
			}
		}
	}

	/** The columns the line's leading tabs and spaces take, tabs going to the next tab stop. */
	static int leadingColumns(String line, int tabWidth) {
		int columns = 0;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\t') {
				columns += tabWidth - columns % tabWidth;
			} else if (c == ' ') {
				columns++;
			} else {
				break;
			}
		}
		return columns;
	}
}
