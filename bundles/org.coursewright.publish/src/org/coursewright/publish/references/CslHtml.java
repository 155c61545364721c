package org.coursewright.publish.references;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Makes citeproc's HTML safe to put in a page. citeproc marks italics and bold with inline
 * styles, which a safelist would strip; they become {@code <i>} and {@code <b>} first, and
 * then only basic inline markup and http(s) links remain. Titles come from the module, so
 * this output is treated as untrusted like any other text.
 */
final class CslHtml {

	private static final Safelist INLINE = Safelist.basic().removeTags("blockquote", "dl", "dt", "dd", "ol", "ul", "li", "p", "br")
			.removeProtocols("a", "href", "ftp", "mailto");

	private CslHtml() {
	}

	static String safe(String html) {
		Document fragment = Jsoup.parseBodyFragment(html);
		for (Element span : fragment.select("span[style]")) {
			String style = span.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
			if (style.contains("font-style:italic")) {
				span.tagName("i");
			} else if (style.contains("font-weight:bold")) {
				span.tagName("b");
			}
			span.removeAttr("style");
		}
		return Jsoup.clean(fragment.body().html(), INLINE).replace("\n", "");
	}
}
