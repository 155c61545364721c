package org.coursewright.publish.html;

import java.util.List;

import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.publish.references.CitationCluster;
import org.jsoup.nodes.Element;

/**
 * An in-text citation on a page: "(Harris, 2008; Spillane, 2006)" with each cited work linked
 * to its own entry in the reference list. The citation also carries the cited works as CSL
 * citation items ({@code data-cite}), so that a reader's tools, and the site checks' second
 * CSL processor, see what was cited.
 */
final class CitationLink {

	private CitationLink() {
	}

	static void append(Element parent, Site site, String page, List<CitationItem> items, boolean narrative) {
		Element citation = parent.appendElement("span").addClass("citation").attr("data-cite", site.references().citationData(items));
		if (narrative) {
			CitationItem item = items.get(0);
			citation.addClass("narrative");
			citation.appendElement("a").attr("href", referenceHref(page, item.key())).html(site.references().narrative(item));
			return;
		}
		CitationCluster cluster = site.references().cluster(items);
		if (cluster.isEmpty()) {
			return;
		}
		citation.append(cluster.prefixHtml());
		for (int i = 0; i < cluster.works().size(); i++) {
			if (i > 0) {
				citation.append(cluster.delimiterHtmlBefore(i));
			}
			CitationCluster.CitedWork work = cluster.works().get(i);
			citation.appendElement("a").attr("href", referenceHref(page, work.key())).html(work.html());
		}
		citation.append(cluster.suffixHtml());
	}

	/** The reference lists are on the session pages; the home page and glossary link to the whole list. */
	private static String referenceHref(String page, String key) {
		return (page.equals(Site.HOME) || page.equals(Site.GLOSSARY) ? Site.REFERENCES : "") + "#ref-" + key;
	}
}
