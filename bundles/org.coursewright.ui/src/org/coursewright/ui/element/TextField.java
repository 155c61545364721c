package org.coursewright.ui.element;

import java.util.Objects;
import java.util.function.Function;

import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * A line of text: a title, a caption, an address. Taken when the designer presses Enter or leaves
 * the field, so that one field's change is one edit of the file (and one undo), not one per key.
 */
class TextField implements FormField {

	private final Text text;
	private final Function<EObject, String> shown;
	private String last = "";

	/** A text feature, shown and written as it is. */
	TextField(Composite form, String label, EStructuralFeature feature, FieldEdits edits) {
		this(form, label, element -> Objects.toString(element.eGet(feature), ""), typed -> (element -> typed.isBlank() ? null : typed),
				feature, edits);
	}

	/** A feature shown as a phrase and read back from what is typed (the function gives the value for the fresh element). */
	TextField(Composite form, String label, Function<EObject, String> shown, Function<String, Function<EObject, Object>> read,
			EStructuralFeature feature, FieldEdits edits) {
		this.shown = shown;
		Rows.label(form, label);
		text = new Text(form, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(Rows.filling());
		text.setData("org.coursewright.field", label);
		Runnable take = () -> {
			String typed = text.getText().strip();
			if (!typed.equals(last)) {
				last = typed;
				edits.change(feature, read.apply(typed));
			}
		};
		text.addListener(SWT.DefaultSelection, event -> take.run());
		text.addListener(SWT.FocusOut, event -> take.run());
	}

	protected Text text() {
		return text;
	}

	@Override
	public void show(EObject element, CourseModule module) {
		last = shown.apply(element);
		if (!text.isFocusControl() || !text.getText().strip().equals(last)) {
			text.setText(last);
		}
	}
}
