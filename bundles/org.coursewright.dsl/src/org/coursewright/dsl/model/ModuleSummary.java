package org.coursewright.dsl.model;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.studytime.StudyTime;

/**
 * The counts a designer checks at a glance.
 *
 * @param declaredMinutes the header's study hours in minutes, or -1 when none are declared
 */
public record ModuleSummary(String code, int units, int sessions, int activities, int forumPrompts, int readings,
		int references, int studyMinutes, int declaredMinutes) {

	public static ModuleSummary of(CourseModule module) {
		int[] counts = new int[4];
		module.allElements().forEach(element -> {
			if (element instanceof Session) counts[0]++;
			if (element instanceof Activity) counts[1]++;
			if (element instanceof ForumPrompt) counts[2]++;
			if (element instanceof Reading) counts[3]++;
		});
		Module header = module.header().orElse(null);
		int declared = header != null && header.eIsSet(org.coursewright.dsl.course.CoursePackage.Literals.MODULE__STUDY_HOURS)
				? header.getStudyHours() * 60 : -1;
		int study = module.files().stream().mapToInt(StudyTime::totalMinutes).sum();
		return new ModuleSummary(header == null ? null : header.getCode(), module.units().size(), counts[0], counts[1],
				counts[2], counts[3], module.references().size(), study, declared);
	}

	/** "ETL504: 3 units, 7 sessions, 12 activities, 2 forum prompts, 6 readings, 14 references; study time 11 h 40 min of 12 h declared" */
	public String describe() {
		String studyTime = "study time " + StudyTime.format(studyMinutes)
				+ (declaredMinutes >= 0 ? " of " + StudyTime.format(declaredMinutes) + " declared" : " (no study hours declared)");
		return (code == null ? "(no module header)" : code) + ": " + plural(units, "unit") + ", " + plural(sessions, "session") + ", "
				+ plural(activities, "activity", "activities") + ", " + plural(forumPrompts, "forum prompt") + ", "
				+ plural(readings, "reading") + ", " + plural(references, "reference") + "; " + studyTime;
	}

	private static String plural(int count, String one) {
		return plural(count, one, one + "s");
	}

	private static String plural(int count, String one, String many) {
		return count + " " + (count == 1 ? one : many);
	}
}
