package org.coursewright.adaptations.apply;

import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.course.Addition;
import org.coursewright.dsl.course.Block;
import org.coursewright.dsl.course.Change;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Hide;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Makes the module read through an adaptation into the adapted module, in place: the model
 * was loaded for this purpose alone. Changes first, then additions (so that an element added
 * beside a hidden one still finds its place), then hiding.
 */
final class Application {

	private Application() {
	}

	static void apply(CourseFile adaptation) {
		List<EObject> adjustments = Adjustments.of(adaptation);
		for (EObject adjustment : adjustments) {
			if (adjustment instanceof Change change) {
				EObject target = Adjustments.target(change);
				ChangedField.setIn(change).forEach(field -> field.copy(change, target));
			}
		}
		for (EObject adjustment : adjustments) {
			if (adjustment instanceof Addition addition) {
				place(addition);
			}
		}
		for (EObject adjustment : adjustments) {
			if (adjustment instanceof Hide hide) {
				EcoreUtil.remove(Adjustments.target(hide));
			}
		}
	}

	/** Moves the added elements into the anchor's session or section, beside the anchor. */
	@SuppressWarnings("unchecked")
	private static void place(Addition addition) {
		EObject anchor = Adjustments.target(addition);
		EList<EObject> siblings = (EList<EObject>) anchor.eContainer().eGet(anchor.eContainmentFeature());
		List<Block> added = new ArrayList<>(addition.getBlocks());
		siblings.addAll(siblings.indexOf(anchor) + (addition.isAfter() ? 1 : 0), added);
	}
}
