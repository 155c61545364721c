package org.coursewright.packs.reader;

import org.jsoup.nodes.Element;

/**
 * An activity's answer or discussion, taken out of the activity so that a reader away from the web does not
 * see it before trying: printed after the session (EPUB) or the unit (PDF), with links both ways.
 *
 * @param kind "Answer" or "Discussion", as the site's disclosure says
 * @param activityId the activity's id, the target of the link back
 * @param activityLabel "Activity 1.4", the activity's number
 * @param activityTitle the activity's title
 * @param content the answer's prose
 */
public record MovedAnswer(String kind, String activityId, String activityLabel, String activityTitle, Element content) {

	/** The id the answer gets where it is printed. */
	public String id() {
		return "answer-" + activityId;
	}
}
