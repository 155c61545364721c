package org.coursewright.dsl.studytime;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Duration;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Timing;
import org.eclipse.emf.ecore.EObject;

/**
 * How long a learner is expected to spend, in minutes. Activities, forum prompts and
 * readings count their timing; audio and video count their length unless they sit inside an
 * activity, whose timing already covers watching them.
 */
public final class StudyTime {

	private StudyTime() {
	}

	public static int minutes(Duration duration) {
		return duration == null ? 0 : duration.getHours() * 60 + duration.getMinutes();
	}

	public static int minutes(Timing timing) {
		return timing == null ? 0 : minutes(timing.getDuration());
	}

	/** The minutes an element itself adds to the module's study time. */
	public static int ownMinutes(EObject element) {
		if (element instanceof Activity activity) {
			return minutes(activity.getTiming());
		}
		if (element instanceof ForumPrompt forum) {
			return minutes(forum.getTiming());
		}
		if (element instanceof Reading reading) {
			return minutes(reading.getTiming());
		}
		if (element instanceof Media media && !(media.eContainer() instanceof Activity)) {
			return minutes(media.getLength());
		}
		return 0;
	}

	/** The study time of everything inside a unit, session, section or module file. */
	public static int totalMinutes(EObject container) {
		int total = ownMinutes(container);
		for (var contents = container.eAllContents(); contents.hasNext();) {
			total += ownMinutes(contents.next());
		}
		return total;
	}

	/** A timing in a designer's words: "about 45 minutes", "up to 1 hour 30 minutes". */
	public static String words(Timing timing) {
		return (timing.isUpTo() ? "up to " : "about ") + words(minutes(timing));
	}

	/** "1 hour 30 minutes", "45 minutes", "2 hours". */
	public static String words(int minutes) {
		int hours = minutes / 60;
		int rest = minutes % 60;
		String h = hours == 1 ? "1 hour" : hours + " hours";
		String m = rest == 1 ? "1 minute" : rest + " minutes";
		return hours == 0 ? m : rest == 0 ? h : h + " " + m;
	}

	/** "1 h 30 min", "45 min", "2 h". */
	public static String format(int minutes) {
		int hours = minutes / 60;
		int rest = minutes % 60;
		if (hours == 0) {
			return rest + " min";
		}
		return rest == 0 ? hours + " h" : hours + " h " + rest + " min";
	}
}
