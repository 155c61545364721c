package org.coursewright.ui.element;

import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;

/** One row of the element form: a label and the controls that show and change one feature. */
interface FormField {

	/** Shows the feature's value for the element (the module gives, for example, the outcomes to tick). */
	void show(EObject element, CourseModule module);
}
