package org.coursewright.ui.element;

import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** The module's learning outcomes as checkboxes, ticked for those the element serves ("serves lo1, lo3"). */
class OutcomesField implements FormField {

	private final Composite boxes;
	private final EStructuralFeature feature;
	private final FieldEdits edits;

	OutcomesField(Composite form, EStructuralFeature feature, FieldEdits edits) {
		this.feature = feature;
		this.edits = edits;
		Rows.label(form, "Serves");
		boxes = new Composite(form, SWT.NONE);
		boxes.setLayoutData(Rows.filling());
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		boxes.setLayout(layout);
	}

	@Override
	public void show(EObject element, CourseModule module) {
		List<String> served = ids(element);
		List<Outcome> outcomes = module.outcomes();
		Control[] shown = boxes.getChildren();
		boolean same = shown.length == outcomes.size();
		for (int i = 0; same && i < outcomes.size(); i++) {
			same = outcomes.get(i).getName().equals(shown[i].getData());
		}
		if (!same) {
			for (Control control : shown) {
				control.dispose();
			}
			for (Outcome outcome : outcomes) {
				// wrapped to the view's width: an outcome is a sentence, read whole
				Button box = new Button(boxes, SWT.CHECK | SWT.WRAP);
				GridData width = new GridData(SWT.FILL, SWT.TOP, true, false);
				width.widthHint = 1;
				box.setLayoutData(width);
				box.setData(outcome.getName());
				box.setText(outcome.getName() + "  " + outcome.getText());
				box.setToolTipText(outcome.getText());
				box.addListener(SWT.Selection, event -> edits.change(feature, fresh -> servedAfterTicking(fresh)));
			}
			boxes.requestLayout();
		}
		for (Control control : boxes.getChildren()) {
			((Button) control).setSelection(served.contains(control.getData()));
		}
	}

	/** The outcomes of the fresh element's module that are ticked, in the module's order. */
	private List<Outcome> servedAfterTicking(EObject fresh) {
		List<String> ticked = new ArrayList<>();
		for (Control control : boxes.getChildren()) {
			if (((Button) control).getSelection()) {
				ticked.add((String) control.getData());
			}
		}
		return CourseModule.of(fresh.eResource()).outcomes().stream().filter(outcome -> ticked.contains(outcome.getName())).toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> ids(EObject element) {
		return ((List<Outcome>) element.eGet(feature)).stream().map(Outcome::getName).toList();
	}
}
