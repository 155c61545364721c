package org.coursewright.publish.html;

import java.util.List;

import org.coursewright.dsl.prose.CitationItem;
import org.jsoup.nodes.Element;

/**
 * An in-text citation on a page: the formatted text, linked to the first work's entry in the
 * reference list. It also carries the cited works as CSL citation items ({@code data-cite}),
 * so that a reader's tools, and the site checks' second CSL processor, see what was cited.
 */
final class CitationLink {

	private CitationLink() {
	}

	static void append(Element parent, Site site, String page, List<CitationItem> items, boolean narrative) {
		String key = items.get(0).key();
		String html = narrative ? site.references().narrative(items.get(0)) : site.references().citation(items);
		Element link = parent.appendElement("a").addClass("citation").attr("href", referenceHref(page, key))
				.attr("data-cite", site.references().citationData(items));
		if (narrative) {
			link.addClass("narrative");
		}
		link.html(html);
	}

	/** The reference lists are on the session pages; the home page and glossary link to the whole list. */
	private static String referenceHref(String page, String key) {
		return (page.equals(Site.HOME) || page.equals(Site.GLOSSARY) ? Site.REFERENCES : "") + "#ref-" + key;
	}
}
