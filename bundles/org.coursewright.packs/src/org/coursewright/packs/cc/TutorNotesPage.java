package org.coursewright.packs.cc;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Session;
import org.coursewright.packs.Identifiers;
import org.coursewright.packs.TutorNotes;
import org.coursewright.publish.html.ContentsNavigation;
import org.coursewright.publish.html.PageShell;
import org.coursewright.publish.html.ProseRenderer;
import org.coursewright.publish.html.Site;
import org.jsoup.nodes.Element;

/**
 * The tutor notes of one session's activities, on a page of their own that the cartridge gives
 * to the Instructor role only: a learner page never holds a tutor note.
 */
final class TutorNotesPage {

	private TutorNotesPage() {
	}

	static String fileName(Session session) {
		return "tutor-notes-" + Identifiers.safe(session.getName()) + ".html";
	}

	static String title(Site site, Session session) {
		return "Tutor notes: " + site.numbering().labelOf(session) + " " + session.getTitle();
	}

	static String html(Site site, Session session) {
		String page = fileName(session);
		PageShell shell = PageShell.create(site, title(site, session));
		shell.crumb("Course home", Site.HOME).crumb(title(site, session), null);
		ContentsNavigation.fill(site, shell.sideNavigation(), page);
		Element main = shell.main();
		main.appendElement("h1").text(title(site, session));
		main.appendElement("p").text("For tutors only: learners do not see this page.");
		ProseRenderer prose = new ProseRenderer(site, page);
		for (Activity activity : TutorNotes.in(session)) {
			Element section = main.appendElement("section").attr("id", "note-" + activity.getName());
			Element heading = section.appendElement("h2");
			String label = site.numbering().labelOf(activity) + " " + activity.getTitle();
			String href = site.href(activity, page);
			if (href == null) {
				heading.text(label);
			} else {
				heading.appendElement("a").attr("href", href).text(label);
			}
			prose.render(activity.getTutorNote(), section);
		}
		return shell.html();
	}
}
