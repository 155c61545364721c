package org.coursewright.ui.element;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

/** The form's two columns: a label on the left, the field's controls filling the rest of the row. */
final class Rows {

	private Rows() {
	}

	static void label(Composite form, String text) {
		Label label = new Label(form, SWT.NONE);
		label.setText(text);
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
	}

	/** Fills the row's width, and no more: a long value scrolls inside its field rather than widening the form. */
	static GridData filling() {
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 1;
		return data;
	}
}
