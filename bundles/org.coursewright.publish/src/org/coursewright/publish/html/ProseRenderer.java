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
 * are swapped for placeholders before Markdown runs and for links after.
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
			found.add(new Replacement(citation.offset(), citation.length(), target -> citationLink(citation, target)));
		}
		for (CrossReference reference : ProseScanner.crossReferences(markdown)) {
			found.add(new Replacement(reference.offset(), reference.length(), target -> crossReferenceLink(reference, target)));
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
		fillPlaceholders(holder, replacements);
		for (Element link : holder.select("a[href^=http]")) {
			link.attr("rel", "noopener noreferrer");
		}
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

	private void fillPlaceholders(Element holder, List<Replacement> replacements) {
		for (TextNode node : holder.textNodes()) {
			splitText(node, replacements);
		}
		for (Element child : holder.children()) {
			fillPlaceholders(child, replacements);
		}
	}

	/** Rebuilds a text node holding placeholders as text, links and text again. */
	private void splitText(TextNode node, List<Replacement> replacements) {
		String text = node.getWholeText();
		if (text.indexOf(OPEN) < 0) {
			return;
		}
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf(OPEN, at);
			int close = open < 0 ? -1 : text.indexOf(CLOSE, open);
			if (open < 0 || close < 0) {
				node.before(new TextNode(text.substring(at)));
				break;
			}
			if (open > at) {
				node.before(new TextNode(text.substring(at, open)));
			}
			Element holder = new Element("span");
			replacements.get(Integer.parseInt(text.substring(open + 1, close))).render().accept(holder);
			for (Node inserted : new ArrayList<>(holder.childNodes())) {
				node.before(inserted);
			}
			at = close + 1;
		}
		node.remove();
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

	private record Replacement(int offset, int length, java.util.function.Consumer<Element> render) {
	}
}
