package org.coursewright.publish.references;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An official CSL style as Coursewright uses it: with its {@link StyleCorrections} for
 * every processor, and in the copies citeproc-java reads also with the
 * {@link CiteprocJavaWorkarounds}. Styles are read once per process.
 */
public final class CslStyle {

	private static final Map<String, CslStyle> READ = new HashMap<>();

	private final String name;
	private final Document corrected;
	private final Map<String, String> forCiteprocJava = new HashMap<>();
	private final Map<String, Object> answers = new HashMap<>();

	private CslStyle(String name, Document corrected) {
		this.name = name;
		this.corrected = corrected;
	}

	/** The style of this name ("apa", "the-open-university-harvard", …), if the official styles have it. */
	public static Optional<CslStyle> named(String name) {
		synchronized (READ) {
			CslStyle known = READ.get(name);
			if (known != null) {
				return Optional.of(known);
			}
		}
		return CslResources.style(name).map(xml -> {
			Document document = StyleXml.parse(xml);
			StyleCorrections.apply(name, document);
			CslStyle style = new CslStyle(name, document);
			synchronized (READ) {
				READ.putIfAbsent(name, style);
				return READ.get(name);
			}
		});
	}

	public String name() {
		return name;
	}

	/** The corrected style, for other CSL processors and reference managers. */
	public synchronized String xml() {
		return StyleXml.serialize(corrected);
	}

	/**
	 * The style for citeproc-java, for in-text citations whose locator has this label (null:
	 * none, and for reference lists), with the citation layout's affixes and delimiter left
	 * out, as {@link CitationCluster} places those around the works it cites.
	 */
	synchronized String forCiteprocJava(String locatorLabel) {
		return forCiteprocJava(locatorLabel == null ? "" : locatorLabel, locatorLabel, copy -> citationLayout(copy).ifPresent(layout -> {
			layout.removeAttribute("prefix");
			layout.removeAttribute("suffix");
			layout.removeAttribute("delimiter");
		}));
	}

	/**
	 * The style for citeproc-java with the reference list sorted as the style sorts the works
	 * of one citation. citeproc-java 3.5.2 keeps a citation's works in the order written;
	 * listing them with the citation's sort keys gives the order CSL §Sorting asks for. Works
	 * the keys do not tell apart keep the order written (CSL §Sorting), which a last key, the
	 * work's place in the citation given as its citation-key, decides: citeproc-java puts such
	 * a work at the end of the list instead ("Ainscow, 2015b; Leithwood, 2005c; Ainscow, 2015a").
	 */
	synchronized String forCiteprocJavaInCitationOrder() {
		return forCiteprocJava("#citation-order", null, copy -> {
			Element citationSort = citation(copy).flatMap(citation -> StyleXml.children(citation, "sort").stream().findFirst()).orElseThrow();
			Element bibliography = StyleXml.children(copy.getDocumentElement(), "bibliography").stream().findFirst().orElseThrow();
			StyleXml.children(bibliography, "sort").forEach(bibliography::removeChild);
			Element sort = (Element) citationSort.cloneNode(true);
			Element writtenOrder = copy.createElementNS(StyleXml.CSL_NAMESPACE, "key");
			writtenOrder.setAttribute("variable", "citation-key");
			sort.appendChild(writtenOrder);
			bibliography.insertBefore(sort, bibliography.getFirstChild());
		});
	}

	/**
	 * The style for citeproc-java's reference lists when they end long name lists with the last
	 * name: the "et-al" term is {@link EtAlUseLast#ET_AL_MARK}, for {@link EtAlUseLast} to replace.
	 */
	synchronized String forCiteprocJavaWithEtAlMarked() {
		return forCiteprocJava("#et-al-marked", null, copy -> {
			Element locale = copy.createElementNS(StyleXml.CSL_NAMESPACE, "locale");
			Element terms = copy.createElementNS(StyleXml.CSL_NAMESPACE, "terms");
			locale.appendChild(terms);
			Element term = copy.createElementNS(StyleXml.CSL_NAMESPACE, "term");
			term.setAttribute("name", "et-al");
			terms.appendChild(term);
			copy.getDocumentElement().insertBefore(locale, StyleXml.children(copy.getDocumentElement(), "macro").stream().findFirst().orElse(null));
			// the style's own locales, for one language or all, may say "et al." themselves
			StyleXml.elements(copy, "term").stream().filter(etAl -> etAl.getAttribute("name").equals("et-al"))
					.forEach(etAl -> etAl.setTextContent(EtAlUseLast.ET_AL_MARK));
		});
	}

	/** How the reference list ends long name lists with their last name, if it does (et-al-use-last). */
	synchronized Optional<EtAlUseLast> etAlUseLast() {
		Element root = corrected.getDocumentElement();
		Element list = StyleXml.children(root, "bibliography").stream().findFirst().orElse(root);
		String useLast = list.hasAttribute("et-al-use-last") ? list.getAttribute("et-al-use-last") : root.getAttribute("et-al-use-last");
		String min = list.hasAttribute("et-al-min") ? list.getAttribute("et-al-min") : root.getAttribute("et-al-min");
		String useFirst = list.hasAttribute("et-al-use-first") ? list.getAttribute("et-al-use-first") : root.getAttribute("et-al-use-first");
		if (!useLast.equals("true") || min.isEmpty() || useFirst.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new EtAlUseLast(Integer.parseInt(min), Integer.parseInt(useFirst)));
	}

	/** A copy of the corrected style changed for one use, with citeproc-java's workarounds; made once. */
	private String forCiteprocJava(String use, String locatorLabel, Consumer<Document> change) {
		return forCiteprocJava.computeIfAbsent(use, u -> {
			Document copy = (Document) corrected.cloneNode(true);
			change.accept(copy);
			CiteprocJavaWorkarounds.apply(copy);
			CiteprocJavaWorkarounds.decideLocatorConditions(copy, locatorLabel);
			return StyleXml.serialize(copy);
		});
	}

	/** The prefix, delimiter and suffix of the citation layout: "(", "; " and ")" for author–date styles. */
	synchronized CitationCluster.Layout citationLayout() {
		return answer("citation layout", this::readCitationLayout);
	}

	private CitationCluster.Layout readCitationLayout() {
		Element layout = citationLayout(corrected).orElseThrow();
		Element citation = citation(corrected).orElseThrow();
		// CSL §Citation: cite-group-delimiter defaults to ", "
		String groupDelimiter = citation.hasAttribute("cite-group-delimiter") ? citation.getAttribute("cite-group-delimiter") : ", ";
		return new CitationCluster.Layout(layout.getAttribute("prefix"), layout.getAttribute("delimiter"), layout.getAttribute("suffix"), groupDelimiter);
	}

	/** Whether the style's citations sort the works they cite (a sort element in its citation element). */
	synchronized boolean sortsCitedWorks() {
		return answer("sorts cited works", () -> citation(corrected).map(citation -> !StyleXml.children(citation, "sort").isEmpty()).orElse(false));
	}

	/** Whether the style prints this number variable as an ordinal ("5th") somewhere. */
	synchronized boolean printsOrdinal(String variable) {
		return StyleXml.elements(corrected, "number").stream()
				.anyMatch(number -> number.getAttribute("variable").equals(variable) && number.getAttribute("form").equals("ordinal"));
	}

	/** Whether the style prints this variable in title case somewhere (text-case="title"). */
	synchronized boolean titleCases(String variable) {
		return StyleXml.elements(corrected, "text").stream()
				.anyMatch(text -> text.getAttribute("variable").equals(variable) && text.getAttribute("text-case").equals("title"));
	}

	/** Whether the style's citations print the names of works by the same names once (collapse="year" and its variants). */
	synchronized boolean groupsCites() {
		return answer("groups cites", () -> citation(corrected).map(citation -> citation.getAttribute("collapse").startsWith("year")).orElse(false));
	}

	/** Whether the style's citations ask for this attribute, such as disambiguate-add-year-suffix="true". */
	synchronized boolean citationSays(String attribute, String value) {
		return citation(corrected).map(citation -> value.equals(citation.getAttribute(attribute))).orElse(false);
	}

	/**
	 * What the style says, read from its XML once: every citation on every page asks whether
	 * the style sorts and groups cited works and how it lays them out.
	 */
	@SuppressWarnings("unchecked")
	private <T> T answer(String question, Supplier<T> read) {
		return (T) answers.computeIfAbsent(question, q -> read.get());
	}

	private static Optional<Element> citation(Document style) {
		return StyleXml.children(style.getDocumentElement(), "citation").stream().findFirst();
	}

	private static Optional<Element> citationLayout(Document style) {
		return citation(style).flatMap(citation -> StyleXml.children(citation, "layout").stream().findFirst());
	}
}
