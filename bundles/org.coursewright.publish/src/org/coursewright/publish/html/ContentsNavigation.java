package org.coursewright.publish.html;

import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.jsoup.nodes.Element;

/** The course contents beside every page: units, their sessions, and the whole-course pages. */
public final class ContentsNavigation {

	private ContentsNavigation() {
	}

	public static void fill(Site site, Element nav, String currentPage) {
		nav.appendElement("p").addClass("contents-title").text("Contents");
		Element units = nav.appendElement("ol").addClass("contents-units");
		for (Unit unit : site.module().units()) {
			Element item = units.appendElement("li");
			item.appendElement("span").addClass("contents-unit").text(site.numbering().labelOf(unit) + " " + unit.getTitle());
			Element sessions = item.appendElement("ol");
			for (Session session : unit.getSessions()) {
				link(sessions, site.pageOf(session), site.numbering().numberOf(session) + " " + session.getTitle(), currentPage);
			}
		}
		Element whole = nav.appendElement("ul").addClass("contents-whole");
		link(whole, Site.HOME, "Course home", currentPage);
		link(whole, Site.SINGLE_PAGE, "Whole course on one page", currentPage);
		link(whole, Site.REFERENCES, "References", currentPage);
		if (!site.module().glossary().isEmpty()) {
			link(whole, Site.GLOSSARY, "Glossary", currentPage);
		}
	}

	private static void link(Element list, String page, String text, String currentPage) {
		Element link = list.appendElement("li").appendElement("a").attr("href", page).text(text);
		if (page.equals(currentPage)) {
			link.attr("aria-current", "page");
		}
	}
}
