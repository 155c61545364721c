package org.coursewright.adaptations.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.ModuleSummary;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.dsl.studytime.StudyTime;
import org.eclipse.emf.ecore.EObject;

/**
 * What changed between two versions of a module, element by element, matched by id: what was
 * added, removed, moved to another session, or changed field by field, and the study time.
 * Elements are named as learners see them in the newer version (in the older one when removed).
 */
public final class ModuleComparison {

	private ModuleComparison() {
	}

	public static List<ModuleChange> of(CourseModule older, CourseModule newer) {
		Map<String, EObject> before = elementsById(older);
		Map<String, EObject> after = elementsById(newer);
		Numbering oldNumbers = Numbering.of(older);
		Numbering newNumbers = Numbering.of(newer);
		List<ModuleChange> changes = new ArrayList<>();
		for (Map.Entry<String, EObject> entry : after.entrySet()) {
			EObject now = entry.getValue();
			EObject then = before.get(entry.getKey());
			String name = name(now, newNumbers);
			if (then == null || then.eClass() != now.eClass()) {
				changes.add(new ModuleChange(entry.getKey(), name, ModuleChange.Kind.ADDED, null, List.of()));
				continue;
			}
			List<String> details = fieldChanges(ElementFields.of(then), ElementFields.of(now));
			EObject place = placeOf(now);
			if (place != null && !Objects.equals(idOf(placeOf(then)), idOf(place))) {
				changes.add(new ModuleChange(entry.getKey(), name, ModuleChange.Kind.MOVED, name(place, newNumbers), details));
			} else if (!details.isEmpty()) {
				changes.add(new ModuleChange(entry.getKey(), name, ModuleChange.Kind.CHANGED, null, details));
			}
		}
		before.forEach((id, then) -> {
			EObject now = after.get(id);
			if (now == null || now.eClass() != then.eClass()) {
				changes.add(new ModuleChange(id, name(then, oldNumbers), ModuleChange.Kind.REMOVED, null, List.of()));
			}
		});
		int oldMinutes = ModuleSummary.of(older).studyMinutes();
		int newMinutes = ModuleSummary.of(newer).studyMinutes();
		if (oldMinutes != newMinutes) {
			changes.add(new ModuleChange(null, "Study time", ModuleChange.Kind.CHANGED, null,
					List.of(StudyTime.format(oldMinutes) + " \u2192 " + StudyTime.format(newMinutes))));
		}
		return changes;
	}

	private static List<String> fieldChanges(Map<String, String> then, Map<String, String> now) {
		List<String> details = new ArrayList<>();
		Map<String, String> fields = new LinkedHashMap<>(now);
		then.forEach(fields::putIfAbsent);
		for (String field : fields.keySet()) {
			String was = then.get(field);
			String is = now.get(field);
			if (Objects.equals(was, is)) {
				continue;
			}
			if (was == null) {
				details.add(field + (TextChange.isLong(is) ? " added" : " " + is + " added"));
			} else if (is == null) {
				details.add(field + " removed");
			} else if (TextChange.isLong(was) || TextChange.isLong(is)) {
				details.add(field + " " + TextChange.describe(was, is));
			} else {
				details.add(field + " " + was + " \u2192 " + is);
			}
		}
		return details;
	}

	/** Every element with an id, in reading order; the first of a duplicated id stands for it. */
	private static Map<String, EObject> elementsById(CourseModule module) {
		Map<String, EObject> elements = new LinkedHashMap<>();
		module.allElements().forEach(element -> {
			String id = ElementFields.idOf(element);
			if (id != null && !(element instanceof Reference) && !(element instanceof Outcome)) {
				elements.putIfAbsent(id, element);
			}
		});
		return elements;
	}

	/** "Activity 2.3 'Rank the dimensions'", "Session 1.2 'Leading while learning'", "Unit 3 'Distributed …'". */
	public static String name(EObject element, Numbering numbers) {
		String label = numbers.labelOf(element);
		String title = title(element);
		String kind = element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2");
		String named = label != null ? label : kind + " " + ElementFields.idOf(element);
		return title == null ? named + " '" + ElementFields.idOf(element) + "'" : named + " '" + title + "'";
	}

	private static String title(EObject element) {
		for (String feature : new String[] { "title", "caption", "term" }) {
			var titleFeature = element.eClass().getEStructuralFeature(feature);
			if (titleFeature != null && element.eGet(titleFeature) instanceof String title && !title.isBlank()) {
				return title;
			}
		}
		return null;
	}

	/** Where an element sits: a session for what is in one, the unit for a session. */
	private static EObject placeOf(EObject element) {
		for (EObject container = element.eContainer(); container != null; container = container.eContainer()) {
			if (container instanceof Session || container instanceof Unit) {
				return container;
			}
		}
		return null;
	}

	private static String idOf(EObject element) {
		return element == null ? null : ElementFields.idOf(element);
	}
}
