package org.coursewright.publish.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.prose.CrossReference;
import org.coursewright.dsl.prose.ProseCitation;
import org.coursewright.dsl.prose.ProseScanner;
import org.eclipse.emf.ecore.EObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Turns a designer's Markdown into safe HTML inside a page. Raw HTML in the Markdown is shown
 * as text, not interpreted; what commonmark produces then passes a jsoup safelist, so no
 * script, event attribute or unsafe link can reach a page. Citations and cross-references
 * are swapped for placeholders before Markdown runs and for links after. A placeholder is a
 * number between two private-use characters; the author's own uses of those two characters
 * become placeholders too, standing for themselves, so that every marker left in the HTML is
 * one of ours and what an author types can never stand in for a link.
 */
public final class ProseRenderer {

	private static final Parser MARKDOWN = Parser.builder().build();
	private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
	private static final char OPEN = '\uE000';
	private static final char CLOSE = '\uE001';
	private static final Safelist SAFE = Safelist.relaxed().removeTags("img").preserveRelativeLinks(true)
			.addProtocols("a", "href", "http", "https", "mailto", "tel");

	private final Site site;
	private final String page;

	public ProseRenderer(Site site, String page) {
		this.site = site;
		this.page = page;
	}

	/** Appends the rendered prose to the parent. */
	public void render(String markdown, Element parent) {
		if (markdown == null || markdown.isBlank()) {
			return;
		}
		List<Replacement> found = new ArrayList<>();
		for (ProseCitation citation : ProseScanner.citations(markdown)) {
			found.add(new Replacement(citation.offset(), citation.length(), source(markdown, citation.offset(), citation.length()), target -> citationLink(citation, target)));
		}
		for (CrossReference reference : ProseScanner.crossReferences(markdown)) {
			found.add(new Replacement(reference.offset(), reference.length(), source(markdown, reference.offset(), reference.length()), target -> crossReferenceLink(reference, target)));
		}
		for (int i = 0; i < markdown.length(); i++) {
			char c = markdown.charAt(i);
			if (c == OPEN || c == CLOSE) {
				String literal = String.valueOf(c);
				found.add(new Replacement(i, 1, literal, target -> target.appendText(literal)));
			}
		}
		found.sort(Comparator.comparingInt(Replacement::offset));
		List<Replacement> replacements = kept(found);
		StringBuilder text = new StringBuilder();
		int at = 0;
		for (int i = 0; i < replacements.size(); i++) {
			Replacement replacement = replacements.get(i);
			text.append(markdown, at, replacement.offset()).append(OPEN).append(i).append(CLOSE);
			at = replacement.offset() + replacement.length();
		}
		text.append(markdown.substring(at));
		String safe = Jsoup.clean(HTML.render(MARKDOWN.parse(text.toString())), "", SAFE);
		Element holder = parent.appendElement("div").addClass("prose");
		holder.html(safe);
		// attributes first: the links filled in next carry attributes of their own, not to be looked into
		restoreInAttributes(holder, replacements);
		fillPlaceholders(holder, replacements);
		for (Element link : holder.select("a[href^=http]")) {
			link.attr("rel", "noopener noreferrer");
		}
	}

	/** The author's text a placeholder stands for, itself free of markers. */
	private static String source(String markdown, int offset, int length) {
		return markdown.substring(offset, offset + length).replace(String.valueOf(OPEN), "").replace(String.valueOf(CLOSE), "");
	}

	/**
	 * A placeholder that Markdown put into an attribute (a link's address or title) cannot
	 * become a link there: it is given back as the text the author wrote.
	 */
	private static void restoreInAttributes(Element holder, List<Replacement> replacements) {
		for (Element element : holder.getAllElements()) {
			for (var attribute : element.attributes()) {
				if (attribute.getValue().indexOf(OPEN) >= 0) {
					attribute.setValue(withSources(attribute.getValue(), replacements));
				}
			}
		}
	}

	private static String withSources(String text, List<Replacement> replacements) {
		StringBuilder restored = new StringBuilder();
		int at = 0;
		for (Placeholder placeholder = Placeholder.next(text, 0, replacements.size()); placeholder != null;
				placeholder = Placeholder.next(text, at, replacements.size())) {
			restored.append(text, at, placeholder.start()).append(replacements.get(placeholder.index()).source());
			at = placeholder.end();
		}
		return restored.append(text.substring(at)).toString();
	}

	/** Drops matches that overlap an earlier one. */
	private static List<Replacement> kept(List<Replacement> sorted) {
		List<Replacement> kept = new ArrayList<>();
		int at = 0;
		for (Replacement replacement : sorted) {
			if (replacement.offset() >= at) {
				kept.add(replacement);
				at = replacement.offset() + replacement.length();
			}
		}
		return kept;
	}

	private static void fillPlaceholders(Element holder, List<Replacement> replacements) {
		// the elements Markdown made, taken before any link is put in: what a link says (a
		// work's title, a term) is never read for markers
		List<Element> children = holder.children();
		for (TextNode node : holder.textNodes()) {
			splitText(node, replacements);
		}
		for (Element child : children) {
			fillPlaceholders(child, replacements);
		}
	}

	/** Rebuilds a text node holding placeholders as text, links and text again. */
	private static void splitText(TextNode node, List<Replacement> replacements) {
		String text = node.getWholeText();
		Placeholder placeholder = Placeholder.next(text, 0, replacements.size());
		if (placeholder == null) {
			return;
		}
		int at = 0;
		for (; placeholder != null; placeholder = Placeholder.next(text, at, replacements.size())) {
			if (placeholder.start() > at) {
				node.before(new TextNode(text.substring(at, placeholder.start())));
			}
			Element holder = new Element("span");
			replacements.get(placeholder.index()).render().accept(holder);
			for (Node inserted : new ArrayList<>(holder.childNodes())) {
				node.before(inserted);
			}
			at = placeholder.end();
		}
		if (at < text.length()) {
			node.before(new TextNode(text.substring(at)));
		}
		node.remove();
	}

	/** A marker in rendered text: OPEN, the replacement's index in decimal digits, CLOSE. */
	private record Placeholder(int start, int end, int index) {

		/** The first well-formed marker from {@code from} on, or null; anything else is left as text. */
		static Placeholder next(String text, int from, int count) {
			for (int open = text.indexOf(OPEN, from); open >= 0; open = text.indexOf(OPEN, open + 1)) {
				int close = open + 1;
				long index = 0;
				while (close < text.length() && close - open <= 10 && Character.isDigit(text.charAt(close)) && text.charAt(close) < 128) {
					index = index * 10 + (text.charAt(close) - '0');
					close++;
				}
				if (close > open + 1 && close < text.length() && text.charAt(close) == CLOSE && index < count) {
					return new Placeholder(open, close + 1, (int) index);
				}
			}
			return null;
		}
	}

	private void citationLink(ProseCitation citation, Element target) {
		CitationLink.append(target, site, page, citation.items(), citation.narrative());
	}

	private void crossReferenceLink(CrossReference reference, Element target) {
		EObject element = site.element(reference.id()).orElse(null);
		String label = reference.label();
		if (label == null && element != null) {
			label = element instanceof GlossaryTerm term ? term.getTerm() : defaultLabel(element);
		}
		String href = element == null ? null : site.href(element, page);
		if (href == null) {
			target.appendText(label == null ? reference.id() : label);
			return;
		}
		Element link = target.appendElement("a").attr("href", href).text(label);
		if (element instanceof GlossaryTerm) {
			link.addClass("term");
		}
	}

	private String defaultLabel(EObject element) {
		String label = site.numbering().labelOf(element);
		if (label != null) {
			return label;
		}
		var title = element.eClass().getEStructuralFeature("title");
		return title != null && element.eGet(title) != null ? (String) element.eGet(title) : Site.idOf(element);
	}

	/** What stands at offset in the author's text: its source text, and how to render it. */
	private record Replacement(int offset, int length, String source, java.util.function.Consumer<Element> render) {
	}
}
