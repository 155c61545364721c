package org.coursewright.packs;

import java.util.List;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Session;
import org.eclipse.xtext.EcoreUtil2;

/** Tutor notes: for tutors only, never inside a learner's page; each format carries or reports them. */
public final class TutorNotes {

	private TutorNotes() {
	}

	public static boolean has(Activity activity) {
		return activity.getTutorNote() != null && !activity.getTutorNote().isBlank();
	}

	/** A session's activities that carry a tutor note, in reading order. */
	public static List<Activity> in(Session session) {
		return EcoreUtil2.eAllOfType(session, Activity.class).stream().filter(TutorNotes::has).toList();
	}
}
