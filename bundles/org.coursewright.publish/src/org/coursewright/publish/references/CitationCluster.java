package org.coursewright.publish.references;

import java.util.List;

import org.jsoup.nodes.Entities;

/**
 * An in-text citation of one or more works: each work formatted on its own by citeproc-java
 * and set in the style's citation layout ("(", "; ", ")" for author–date styles), so a page can
 * link each work to its own entry in the reference list.
 *
 * @param layout the citation layout's affixes and delimiter, as the style gives them
 * @param works the cited works in the style's order
 */
public record CitationCluster(Layout layout, List<CitedWork> works) {

	/** The citation layout's prefix, delimiter between works, and suffix (plain text). */
	public record Layout(String prefix, String delimiter, String suffix) {
	}

	/** One cited work's part of the citation, as safe HTML: "Harris, 2008" or "see Spillane, 2006, Chapter 3". */
	public record CitedWork(String key, String html) {
	}

	public boolean isEmpty() {
		return works.isEmpty();
	}

	/** The whole citation as safe HTML, without links: "(Harris, 2008; Spillane, 2006)". */
	public String html() {
		if (works.isEmpty()) {
			return "";
		}
		return prefixHtml() + String.join(delimiterHtml(), works.stream().map(CitedWork::html).toList()) + suffixHtml();
	}

	public String prefixHtml() {
		return Entities.escape(layout.prefix());
	}

	public String delimiterHtml() {
		return Entities.escape(layout.delimiter());
	}

	public String suffixHtml() {
		return Entities.escape(layout.suffix());
	}
}
