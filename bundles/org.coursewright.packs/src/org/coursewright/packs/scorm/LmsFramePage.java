package org.coursewright.packs.scorm;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page of the site as an LMS shows it inside its own frame. The LMS draws the course's
 * contents and moves between pages, so the site's own navigation goes; a link to another page
 * of the package opens beside the frame (in one window named {@value #ASIDE}), because loading
 * it in the frame would end the session page without the LMS knowing; a link out of the
 * package opens in a new window. A session page (a SCO) gets the runtime that talks to the LMS.
 */
final class LmsFramePage {

	/** The window pages opened from a SCO share; the runtime stays silent in it. */
	static final String ASIDE = "coursewright-aside";

	private static final Pattern HAS_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	private LmsFramePage() {
	}

	/**
	 * @param page the page's name in the package
	 * @param sco the version whose runtime the page gets, or null for a page that reports nothing
	 */
	static String of(String html, String page, ScormVersion sco) {
		Document document = Jsoup.parse(html);
		document.outputSettings().indentAmount(1);
		document.select("nav.breadcrumbs, nav.contents, nav.previous-next").remove();
		Element courseTitle = document.selectFirst("a.course-title");
		if (courseTitle != null) {
			courseTitle.tagName("span").removeAttr("href");
		}
		Element styles = document.head().selectFirst("link[rel=stylesheet]");
		Element frameStyles = new Element("link").attr("rel", "stylesheet").attr("href", ScormPackage.FRAME_STYLES);
		if (styles == null) {
			document.head().appendChild(frameStyles);
		} else {
			styles.after(frameStyles);
		}
		for (Element link : document.select("a[href]")) {
			retarget(link, page);
		}
		if (sco != null) {
			document.body().appendElement("script").attr("src", ScormPackage.RUNTIME)
					.attr("data-scorm-version", sco.runtimeName())
					.attr("data-suspend-data-limit", Integer.toString(sco.suspendDataLimit()));
		}
		return document.outerHtml() + "\n";
	}

	private static void retarget(Element link, String page) {
		String href = link.attr("href");
		if (href.startsWith("#")) {
			return;
		}
		if (HAS_SCHEME.matcher(href).find()) {
			link.attr("target", "_blank").attr("rel", "noopener");
			return;
		}
		int hash = href.indexOf('#');
		String target = hash < 0 ? href : href.substring(0, hash);
		if (target.equals(page)) {
			link.attr("href", hash < 0 ? "#main" : href.substring(hash));
		} else {
			link.attr("target", ASIDE);
		}
	}
}
