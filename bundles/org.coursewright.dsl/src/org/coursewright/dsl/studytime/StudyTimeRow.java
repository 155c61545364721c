package org.coursewright.dsl.studytime;

import java.util.List;

/**
 * One line of the study-time breakdown: a unit, a session or an element, with its minutes by
 * kind of work and the lines below it.
 */
public record StudyTimeRow(String label, int activityMinutes, int readingMinutes, int mediaMinutes, List<StudyTimeRow> children) {

	public int totalMinutes() {
		return activityMinutes + readingMinutes + mediaMinutes;
	}
}
