package org.coursewright.packs.reader;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** The main content of one of the site's pages, which the e-book and the course reader are made from. */
public final class SitePage {

	private SitePage() {
	}

	/** The page's {@code <main>}, detached from the site's banner, breadcrumbs and contents. */
	public static Element main(byte[] page) {
		Element main = Jsoup.parse(new String(page, StandardCharsets.UTF_8)).selectFirst("main");
		if (main == null) {
			throw new IllegalArgumentException("a site page without <main>");
		}
		main.remove();
		main.select("nav.previous-next").remove();
		main.removeAttr("tabindex");
		return main;
	}
}
