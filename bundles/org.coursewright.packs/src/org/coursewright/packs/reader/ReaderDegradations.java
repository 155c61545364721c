package org.coursewright.packs.reader;

import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Session;
import org.coursewright.packs.Degradation;
import org.coursewright.packs.TutorNotes;
import org.coursewright.publish.html.Site;

/**
 * What an e-book and a printed reader cannot carry as the site does, element by element: the boxes a
 * learner types in, the forums, the tutor notes (a learner's book has none) and where answers went.
 */
public final class ReaderDegradations {

	private ReaderDegradations() {
	}

	/**
	 * @param format "an e-book", "a printed reader": how the report names the format
	 * @param answersPlace "the session", "the unit": where answers and discussions are printed
	 */
	public static List<Degradation> of(Site site, String format, String answersPlace) {
		List<Degradation> degradations = new ArrayList<>();
		for (Session session : site.sessions()) {
			String where = site.numbering().labelOf(session);
			session.eAllContents().forEachRemaining(element -> {
				if (element instanceof Activity activity) {
					String name = site.numbering().labelOf(activity) + " '" + activity.getName() + "' (" + where + ")";
					if (activity.getResponse() != null) {
						degradations.add(new Degradation("Response box of " + name,
								"\"" + ReaderAdaptation.RESPONSE_PROMPT + "\"; " + format + " keeps nothing a learner types"));
					}
					if (activity.getReveal() != null) {
						degradations.add(new Degradation(capitalised(activity.getReveal().getKind().getLiteral()) + " of " + name,
								"moved to \"Answers and discussion\" at the end of " + answersPlace + ", with links both ways"));
					}
					if (TutorNotes.has(activity)) {
						degradations.add(new Degradation("Tutor note of " + name, "left out; a learner's book has no tutor notes"));
					}
				} else if (element instanceof ForumPrompt forum) {
					String link = site.forumLink(forum.getName());
					degradations.add(new Degradation("Forum prompt '" + forum.getName() + "' (" + where + ")",
							"its question and expectations as text" + (link == null ? "" : ", with the address " + link)
									+ "; " + format + " has no forum to post in"));
				}
			});
		}
		return degradations;
	}

	private static String capitalised(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}
}
