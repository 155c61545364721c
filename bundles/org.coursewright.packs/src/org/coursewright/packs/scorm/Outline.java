package org.coursewright.packs.scorm;

import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.packs.Identifiers;
import org.coursewright.publish.html.Site;

/**
 * The activity tree a SCORM package offers: the course home, one cluster per unit holding one
 * SCO per session, then the references (and the glossary). Home, references and glossary are
 * assets: pages the LMS shows, which report nothing.
 *
 * @param identifier the item's identifier, derived from the module's ids
 * @param page the page it launches, or null for a unit (a cluster)
 */
record Outline(String identifier, String title, String page, boolean sco, List<Outline> children) {

	static List<Outline> of(Site site, boolean hasGlossary) {
		List<Outline> items = new ArrayList<>();
		items.add(new Outline("home", "Course home", Site.HOME, false, List.of()));
		for (Unit unit : site.module().units()) {
			List<Outline> sessions = new ArrayList<>();
			for (Session session : unit.getSessions()) {
				sessions.add(new Outline("session_" + Identifiers.safe(session.getName()),
						site.numbering().labelOf(session) + " " + session.getTitle(), site.pageOf(session), true, List.of()));
			}
			items.add(new Outline("unit_" + Identifiers.safe(unit.getName()), site.numbering().labelOf(unit) + ": " + unit.getTitle(),
					null, false, sessions));
		}
		items.add(new Outline("references", "References", Site.REFERENCES, false, List.of()));
		if (hasGlossary) {
			items.add(new Outline("glossary", "Glossary", Site.GLOSSARY, false, List.of()));
		}
		return items;
	}

	/** Every item that launches a page, in the order the learner meets them. */
	static List<Outline> launchable(List<Outline> items) {
		List<Outline> pages = new ArrayList<>();
		for (Outline item : items) {
			if (item.page() != null) {
				pages.add(item);
			}
			pages.addAll(launchable(item.children()));
		}
		return pages;
	}
}
