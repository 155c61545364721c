package org.coursewright.publish.html;

import org.coursewright.dsl.course.Timing;
import org.coursewright.dsl.studytime.StudyTime;

/** Timings in OpenLearn's words: "Allow about 45 minutes", "Allow up to 1 hour 30 minutes". */
public final class Timings {

	private Timings() {
	}

	public static String allow(Timing timing) {
		return "Allow " + StudyTime.words(timing);
	}
}
