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

	/**
	 * The citation layout's prefix, delimiter between works, and suffix (plain text), and the
	 * delimiter between works of the same names when their names are printed once.
	 */
	public record Layout(String prefix, String delimiter, String suffix, String groupDelimiter) {
	}

	/**
	 * One cited work's part of the citation, as safe HTML: "Harris, 2008" or "see Spillane,
	 * 2006, Chapter 3"; only "2005c" where it follows a work of the same names.
	 */
	public record CitedWork(String key, String html, boolean namesShown) {
	}

	public boolean isEmpty() {
		return works.isEmpty();
	}

	/** The whole citation as safe HTML, without links: "(Harris, 2008; Spillane, 2006)". */
	public String html() {
		if (works.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder(prefixHtml());
		for (int i = 0; i < works.size(); i++) {
			html.append(i > 0 ? delimiterHtmlBefore(i) : "").append(works.get(i).html());
		}
		return html.append(suffixHtml()).toString();
	}

	public String prefixHtml() {
		return Entities.escape(layout.prefix());
	}

	/** What separates the work at this index from the one before: "; ", or ", " within works of the same names. */
	public String delimiterHtmlBefore(int index) {
		return Entities.escape(works.get(index).namesShown() ? layout.delimiter() : layout.groupDelimiter());
	}

	public String suffixHtml() {
		return Entities.escape(layout.suffix());
	}
}
