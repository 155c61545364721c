package org.coursewright.publish.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * The frame every page shares: skip link, banner, breadcrumbs, contents, one main region
 * with the page's single h1, footer. Landmarks let screen-reader users jump around.
 */
public final class PageShell {

	private final Document document;
	private final Element main;
	private final Element breadcrumbs;
	private final Element sideNavigation;

	private PageShell(Document document, Element main, Element breadcrumbs, Element sideNavigation) {
		this.document = document;
		this.main = main;
		this.breadcrumbs = breadcrumbs;
		this.sideNavigation = sideNavigation;
	}

	public static PageShell create(Site site, String title) {
		Document document = Document.createShell("");
		document.prependChild(new DocumentType("html", "", ""));
		document.outputSettings().prettyPrint(true).indentAmount(1).charset("UTF-8");
		Element html = document.selectFirst("html");
		html.attr("lang", site.language());
		Element head = document.head();
		head.appendElement("meta").attr("charset", "utf-8");
		head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
		head.appendElement("title").text(title + " | " + site.moduleTitle());
		head.appendElement("link").attr("rel", "stylesheet").attr("href", "assets/course.css");
		head.appendElement("link").attr("rel", "stylesheet").attr("media", "print").attr("href", "assets/print.css");
		Element body = document.body();
		body.appendElement("a").addClass("skip-link").attr("href", "#main").text("Skip to main content");
		Element banner = body.appendElement("header").addClass("banner");
		Element home = banner.appendElement("a").addClass("course-title").attr("href", "index.html");
		home.appendElement("span").addClass("course-code").text(site.moduleCode());
		home.appendText(" ");
		home.appendElement("span").text(site.moduleTitle());
		Element breadcrumbs = body.appendElement("nav").addClass("breadcrumbs").attr("aria-label", "Breadcrumb").appendElement("ol");
		Element layout = body.appendElement("div").addClass("layout");
		Element side = layout.appendElement("nav").addClass("contents").attr("aria-label", "Course contents");
		Element main = layout.appendElement("main").attr("id", "main").attr("tabindex", "-1");
		Element footer = body.appendElement("footer").addClass("footer");
		site.footer(footer);
		body.appendElement("script").attr("src", "assets/course.js");
		return new PageShell(document, main, breadcrumbs, side);
	}

	public Element main() {
		return main;
	}

	/** Adds a crumb; the last one added names the current page. */
	public PageShell crumb(String text, String href) {
		Element item = breadcrumbs.appendElement("li");
		if (href == null) {
			item.appendElement("span").attr("aria-current", "page").text(text);
		} else {
			item.appendElement("a").attr("href", href).text(text);
		}
		return this;
	}

	public Element sideNavigation() {
		return sideNavigation;
	}

	public String html() {
		return document.outerHtml() + "\n";
	}
}
