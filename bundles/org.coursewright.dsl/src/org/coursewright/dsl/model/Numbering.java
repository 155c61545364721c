package org.coursewright.dsl.model;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Box;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.MediaKind;
import org.coursewright.dsl.course.NumberingScope;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.eclipse.emf.ecore.EObject;

/**
 * The numbers designers never type: units count from 1 in module order, sessions within
 * their unit ("Session 2.1"), activities, forum prompts, boxes, figures, audio and video
 * within their unit per kind ("Activity 2.3", "Figure 1.1"), readings across the module
 * ("Reading 5"), as the Open University numbers its course pages. A unit may declare its
 * number ({@code unit … numbered 3}) and the units after it count on from there; a module may
 * number its activities by session ("Activity 1.2.3") instead of by unit.
 */
public final class Numbering {

	private final Map<EObject, String> numbers = new IdentityHashMap<>();
	private final Map<EObject, String> kinds = new IdentityHashMap<>();

	private Numbering() {
	}

	public static Numbering of(CourseModule module) {
		Numbering numbering = new Numbering();
		boolean activitiesBySession = module.header().map(h -> h.getActivityNumbering() == NumberingScope.SESSION).orElse(false);
		int readings = 0;
		int unitNumber = 0;
		for (Unit unit : module.units()) {
			// a unit may say where the count stands, as the third block of a course does; the rest follow on
			unitNumber = unit.getNumber() > 0 ? unit.getNumber() : unitNumber + 1;
			numbering.put(unit, "Unit", Integer.toString(unitNumber));
			Map<String, Integer> perKind = new HashMap<>();
			int sessionNumber = 0;
			for (Session session : unit.getSessions()) {
				String sessionLabel = unitNumber + "." + ++sessionNumber;
				numbering.put(session, "Session", sessionLabel);
				if (activitiesBySession) {
					int activities = 0;
					for (var contents = session.eAllContents(); contents.hasNext();) {
						if (contents.next() instanceof Activity activity) {
							numbering.put(activity, "Activity", sessionLabel + "." + ++activities);
						}
					}
				}
			}
			for (var contents = unit.eAllContents(); contents.hasNext();) {
				EObject element = contents.next();
				if (element instanceof Reading) {
					numbering.put(element, "Reading", Integer.toString(++readings));
					continue;
				}
				String kind = kindOf(element);
				if (kind != null && !(activitiesBySession && element instanceof Activity)) {
					numbering.put(element, kind, unitNumber + "." + perKind.merge(kind, 1, Integer::sum));
				}
			}
		}
		return numbering;
	}

	private static String kindOf(EObject element) {
		if (element instanceof Activity) return "Activity";
		if (element instanceof ForumPrompt) return "Forum";
		if (element instanceof Figure) return "Figure";
		if (element instanceof Box) return "Box";
		if (element instanceof Media media) return media.getKind() == MediaKind.AUDIO ? "Audio" : "Video";
		return null;
	}

	private void put(EObject element, String kind, String number) {
		numbers.put(element, number);
		kinds.put(element, kind);
	}

	/** "2.3", or null for an element that has no number. */
	public String numberOf(EObject element) {
		return numbers.get(element);
	}

	/** "Activity 2.3", or null for an element that has no number. */
	public String labelOf(EObject element) {
		String number = numbers.get(element);
		return number == null ? null : kinds.get(element) + " " + number;
	}
}
