package org.coursewright.ui.element;

import java.util.List;
import java.util.function.Function;

import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

/** One of a few words the language knows (an activity's type, a reading's status, a response box's size), or none. */
class ChoiceField implements FormField {

	static final String NONE = "(none)";

	private final Combo combo;
	private final Function<EObject, String> shown;

	/**
	 * @param choices the words as written in a module, NONE first when the clause may be left out
	 * @param shown the word the element has, NONE when it has none
	 * @param read the value for the fresh element of a chosen word
	 */
	ChoiceField(Composite form, String label, List<String> choices, Function<EObject, String> shown,
			Function<String, Function<EObject, Object>> read, EStructuralFeature feature, FieldEdits edits) {
		this.shown = shown;
		Rows.label(form, label);
		combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setItems(choices.toArray(String[]::new));
		combo.setData("org.coursewright.field", label);
		combo.addListener(SWT.Selection, event -> edits.change(feature, read.apply(combo.getText())));
	}

	@Override
	public void show(EObject element, CourseModule module) {
		String word = shown.apply(element);
		if (!word.equals(combo.getText())) {
			combo.setText(word);
		}
	}
}
