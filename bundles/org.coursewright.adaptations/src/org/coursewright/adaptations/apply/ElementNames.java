package org.coursewright.adaptations.apply;

import org.coursewright.adaptations.changes.ModuleComparison;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.model.Numbering;
import org.eclipse.emf.ecore.EObject;

/** Elements named as learners see them: "Activity 2.1 'Rank the dimensions'". */
final class ElementNames {

	private ElementNames() {
	}

	static String of(EObject element, Numbering numbering) {
		return ModuleComparison.name(element, numbering);
	}

	/** The name with the session it is in: what a lock records, to say later what was lost and where. */
	static String withPlace(EObject element, Numbering numbering) {
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Session session) {
				return of(element, numbering) + " in " + of(session, numbering);
			}
		}
		return of(element, numbering);
	}

	/** "Activity", "Forum prompt", "Prose". */
	static String kind(EObject element) {
		String words = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2");
		return words.charAt(0) + words.substring(1).toLowerCase(java.util.Locale.ROOT);
	}
}
