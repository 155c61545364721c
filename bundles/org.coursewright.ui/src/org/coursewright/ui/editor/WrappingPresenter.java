package org.coursewright.ui.editor;

import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.graphics.Drawable;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Display;

/**
 * Breaks a hover's plain text into lines no wider than the hover may be, at spaces, so that
 * the hover is as tall as its text and no wider than needed. (The Platform's presenter that
 * does this reads HTML, which a reference with an "&" or "<" in its title is not.)
 */
final class WrappingPresenter implements DefaultInformationControl.IInformationPresenter,
		DefaultInformationControl.IInformationPresenterExtension {

	/** The older form the control's constructor asks for; the control calls the one below. */
	@Override
	@Deprecated
	public String updatePresentation(Display display, String text, TextPresentation presentation, int maxWidth, int maxHeight) {
		return updatePresentation((Drawable) display, text, presentation, maxWidth, maxHeight);
	}

	@Override
	public String updatePresentation(Drawable drawable, String text, TextPresentation presentation, int maxWidth, int maxHeight) {
		if (text == null || maxWidth <= 0) {
			return text;
		}
		GC gc = new GC(drawable);
		try {
			StringBuilder wrapped = new StringBuilder();
			for (String paragraph : text.split("\n", -1)) {
				if (!wrapped.isEmpty()) {
					wrapped.append('\n');
				}
				wrap(paragraph, gc, maxWidth, wrapped);
			}
			return wrapped.toString();
		} finally {
			gc.dispose();
		}
	}

	private static void wrap(String paragraph, GC gc, int maxWidth, StringBuilder wrapped) {
		StringBuilder line = new StringBuilder();
		for (String word : paragraph.split(" ")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (!line.isEmpty() && gc.textExtent(longer).x > maxWidth) {
				wrapped.append(line).append('\n');
				line.setLength(0);
				line.append(word);
			} else {
				line.setLength(0);
				line.append(longer);
			}
		}
		wrapped.append(line);
	}
}
