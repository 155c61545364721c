package org.coursewright.packs.reader;

import java.nio.charset.StandardCharsets;

import org.coursewright.packs.PackXml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/**
 * An XHTML document (XML syntax, in the XHTML namespace, with a language), as EPUB requires of its
 * content documents and as the PDF renderer reads. Built with jsoup, so every text is escaped.
 */
public final class XhtmlDocument {

	public static final String XHTML = "http://www.w3.org/1999/xhtml";
	public static final String EPUB_OPS = "http://www.idpf.org/2007/ops";

	private XhtmlDocument() {
	}

	/** An empty document with its title, language and style sheets. */
	public static Document create(String language, String title, String... stylesheets) {
		Document document = Document.createShell("");
		document.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
				.charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
		document.selectFirst("html").attr("xmlns", XHTML).attr("xmlns:epub", EPUB_OPS).attr("lang", language).attr("xml:lang", language);
		document.head().appendElement("meta").attr("charset", "utf-8");
		document.head().appendElement("title").text(title);
		for (String stylesheet : stylesheets) {
			document.head().appendElement("link").attr("rel", "stylesheet").attr("href", stylesheet);
		}
		return document;
	}

	/**
	 * The document as XHTML text. Characters XML forbids (a control character pasted into the module)
	 * become U+FFFD, or the whole document would be unreadable.
	 */
	public static String text(Document document) {
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n" + PackXml.xmlCharacters(document.selectFirst("html").outerHtml()) + "\n";
	}
}
