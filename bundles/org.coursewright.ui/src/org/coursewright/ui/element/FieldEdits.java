package org.coursewright.ui.element;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Where a form's fields send what the designer changed: the feature and its new value, worked out on a fresh copy of the element. */
interface FieldEdits {

	void change(EStructuralFeature feature, Function<EObject, Object> value);

	/** Tells the designer why a field's text was not taken (for example a timing the language does not read). */
	void refuse(String why);
}
