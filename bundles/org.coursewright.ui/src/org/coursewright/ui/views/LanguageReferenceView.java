package org.coursewright.ui.views;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.eclipse.swt.SWT;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

/**
 * Help › Coursewright Language Reference: the language reference (docs/language.md, copied
 * into this plug-in by its build) rendered inside the workbench, beside the file being written.
 */
public class LanguageReferenceView extends ViewPart {

	public static final String ID = "org.coursewright.ui.languageReference";
	private static final String SOURCE = "help/language.md";
	private static final String STYLE = "body{font-family:sans-serif;line-height:1.5;margin:1em 1.5em;max-width:60em;color:#1a1a1a}"
			+ "code,pre{font-family:monospace;background:#f3f3f3}pre{padding:.6em;overflow:auto}"
			+ "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}";

	private Browser browser;

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		browser.setText(html());
	}

	public Browser browser() {
		return browser;
	}

	/** The reference as a page; what to do if the plug-in lost it, should that happen. */
	static String html() {
		String markdown;
		try (InputStream in = LanguageReferenceView.class.getResourceAsStream("/" + SOURCE)) {
			if (in == null) {
				throw new IOException(SOURCE);
			}
			markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			return "<p>The language reference is missing from this installation (" + SOURCE + ").</p>";
		}
		var extensions = java.util.List.of(TablesExtension.create());
		String body = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build()
				.render(Parser.builder().extensions(extensions).build().parse(markdown));
		Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The Coursewright language"
				+ "</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>");
		// ids on the headings as GitHub makes them, so that the contents' links (#writing-conventions) lead to them
		for (Element heading : page.select("h1, h2, h3, h4")) {
			heading.id(heading.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} -]", "").replace(' ', '-'));
		}
		return page.outerHtml();
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}
}
