package org.coursewright.dsl.studytime;

import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.Numbering;
import org.eclipse.emf.ecore.EObject;

/**
 * Where a module's study time goes: per unit, session and timed element, split into
 * activities and forums, readings, and media, against the hours the header declares.
 */
public record StudyTimeBreakdown(List<StudyTimeRow> units, int declaredMinutes) {

	public static StudyTimeBreakdown of(CourseModule module) {
		Numbering numbering = Numbering.of(module);
		List<StudyTimeRow> units = new ArrayList<>();
		for (Unit unit : module.units()) {
			List<StudyTimeRow> sessions = new ArrayList<>();
			for (Session session : unit.getSessions()) {
				List<StudyTimeRow> elements = new ArrayList<>();
				session.eAllContents().forEachRemaining(element -> {
					StudyTimeRow row = row(element, numbering);
					if (row != null) {
						elements.add(row);
					}
				});
				sessions.add(sum(numbering.labelOf(session) + " " + session.getTitle(), elements));
			}
			units.add(sum(numbering.labelOf(unit) + " " + unit.getTitle(), sessions));
		}
		int declared = module.header().filter(h -> h.getStudyHours() > 0).map(h -> h.getStudyHours() * 60).orElse(-1);
		return new StudyTimeBreakdown(units, declared);
	}

	public int totalMinutes() {
		return units.stream().mapToInt(StudyTimeRow::totalMinutes).sum();
	}

	/** True when the timings add up to more than the declared hours allow (10 % over). */
	public boolean isOver() {
		return declaredMinutes >= 0 && totalMinutes() > declaredMinutes * 1.1;
	}

	private static StudyTimeRow row(EObject element, Numbering numbering) {
		int minutes = StudyTime.ownMinutes(element);
		String label = numbering.labelOf(element);
		if (label == null) {
			return null;
		}
		String title = element.eClass().getEStructuralFeature("title") == null ? "" : " " + element.eGet(element.eClass().getEStructuralFeature("title"));
		if (element instanceof Activity || element instanceof ForumPrompt) {
			return new StudyTimeRow(label + title, minutes, 0, 0, List.of());
		}
		if (element instanceof Reading) {
			return new StudyTimeRow(label, 0, minutes, 0, List.of());
		}
		if (element instanceof Media && minutes > 0) {
			return new StudyTimeRow(label + title, 0, 0, minutes, List.of());
		}
		return null;
	}

	private static StudyTimeRow sum(String label, List<StudyTimeRow> children) {
		return new StudyTimeRow(label, children.stream().mapToInt(StudyTimeRow::activityMinutes).sum(),
				children.stream().mapToInt(StudyTimeRow::readingMinutes).sum(), children.stream().mapToInt(StudyTimeRow::mediaMinutes).sum(),
				children);
	}
}
