package org.coursewright.publish.html;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.coursewright.dsl.course.Citation;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Section;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.SessionContent;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.dsl.prose.ProseScanner;
import org.coursewright.publish.references.ReferenceEntry;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.jsoup.nodes.Element;

/** A session as its own page, with breadcrumbs, previous/next links and its reference list. */
public final class SessionPage {

	private SessionPage() {
	}

	public static String render(Site site, Session session) {
		String page = site.pageOf(session);
		String label = site.numbering().labelOf(session);
		Unit unit = (Unit) session.eContainer();
		PageShell shell = PageShell.create(site, label + " " + session.getTitle());
		shell.crumb("Course home", Site.HOME).crumb(site.numbering().labelOf(unit) + " " + unit.getTitle(), Site.HOME + "#" + unit.getName())
				.crumb(label + " " + session.getTitle(), null);
		ContentsNavigation.fill(site, shell.sideNavigation(), page);
		Element main = shell.main();
		content(site, session, main, 1, page);
		referenceList(site, keysCitedIn(session), main, 2);
		previousNext(site, session, main);
		return shell.html();
	}

	/** The session's heading and content, its heading at the given level (1 on its own page). */
	static void content(Site site, Session session, Element parent, int level, String page) {
		BlockRenderer blocks = new BlockRenderer(site, page);
		Element article = parent.appendElement("article").addClass("session").attr("id", session.getName());
		Element heading = article.appendElement("h" + level);
		heading.appendElement("span").addClass("element-number").text(site.numbering().labelOf(session));
		heading.appendText(" " + session.getTitle());
		for (SessionContent content : session.getContents()) {
			if (content instanceof Section section) {
				Element element = article.appendElement("section").addClass("section").attr("id", section.getName())
						.attr("aria-labelledby", section.getName() + "-title");
				element.appendElement("h" + (level + 1)).attr("id", section.getName() + "-title").text(section.getTitle());
				section.getBlocks().forEach(block -> blocks.render(block, element, level + 2));
			} else {
				blocks.render(content, article, level + 1);
			}
		}
	}

	static void referenceList(Site site, Set<String> keys, Element parent, int level) {
		List<ReferenceEntry> entries = site.references().bibliography(keys);
		if (entries.isEmpty()) {
			return;
		}
		Element section = parent.appendElement("section").addClass("references").attr("aria-labelledby", "references-title");
		section.appendElement("h" + level).attr("id", "references-title").text("References");
		Element list = section.appendElement("ul").addClass("reference-list");
		for (ReferenceEntry entry : entries) {
			list.appendElement("li").attr("id", "ref-" + entry.key()).html(entry.html());
		}
	}

	/** Keys cited in prose, readings, quotes and figures of an element, in reading order. */
	static Set<String> keysCitedIn(EObject container) {
		Set<String> keys = new LinkedHashSet<>();
		collect(container, keys);
		container.eAllContents().forEachRemaining(element -> collect(element, keys));
		return keys;
	}

	private static void collect(EObject element, Set<String> keys) {
		if (element instanceof Reading reading && reading.getSource() != null) {
			keys.add(reading.getSource().getName());
		}
		if (element instanceof Citation citation && citation.getSource() != null) {
			keys.add(citation.getSource().getName());
		}
		for (EStructuralFeature feature : element.eClass().getEAllAttributes()) {
			if (!feature.isMany() && element.eGet(feature) instanceof String text && text.indexOf('@') >= 0) {
				ProseScanner.citations(text).forEach(c -> c.items().stream().map(CitationItem::key).forEach(keys::add));
			}
		}
	}

	private static void previousNext(Site site, Session session, Element main) {
		List<Session> sessions = site.sessions();
		int index = sessions.indexOf(session);
		Element nav = main.appendElement("nav").addClass("previous-next").attr("aria-label", "Previous and next session");
		if (index > 0) {
			Session previous = sessions.get(index - 1);
			nav.appendElement("a").attr("rel", "prev").attr("href", site.pageOf(previous))
					.text("Previous: " + site.numbering().labelOf(previous) + " " + previous.getTitle());
		}
		if (index < sessions.size() - 1) {
			Session next = sessions.get(index + 1);
			nav.appendElement("a").attr("rel", "next").attr("href", site.pageOf(next))
					.text("Next: " + site.numbering().labelOf(next) + " " + next.getTitle());
		}
	}
}
