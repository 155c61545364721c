package org.coursewright.publish.html;

import org.coursewright.dsl.course.Duration;
import org.coursewright.dsl.course.Timing;

/** Timings in OpenLearn's words: "Allow about 45 minutes", "Allow up to 1 hour 30 minutes". */
public final class Timings {

	private Timings() {
	}

	public static String allow(Timing timing) {
		return "Allow " + (timing.isUpTo() ? "up to " : "about ") + words(timing.getDuration());
	}

	/** "1 hour 30 minutes", "45 minutes", "2 hours". */
	public static String words(Duration duration) {
		return words(duration.getHours() * 60 + duration.getMinutes());
	}

	public static String words(int minutes) {
		int hours = minutes / 60;
		int rest = minutes % 60;
		String h = hours == 1 ? "1 hour" : hours + " hours";
		String m = rest == 1 ? "1 minute" : rest + " minutes";
		return hours == 0 ? m : rest == 0 ? h : h + " " + m;
	}
}
