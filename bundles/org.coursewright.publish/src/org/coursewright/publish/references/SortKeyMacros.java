package org.coursewright.publish.references;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Copies of the macros a style sorts by, rendering what CSL §Sorting compares, for
 * citeproc-java 3.5.2, which compares the macro's text as printed. Per CSL a macro sort key
 * <ul>
 * <li>renders names as a list compared name by name: without "and" or "&amp;" (which sorted
 * "Leithwood, K., &amp; Riehl, C." before "Leithwood, K., Harris, A., …" against APA 7 §9.46)
 * and without a label (an edited book's "(Ed.)" put it after its editor's own works);</li>
 * <li>shortens names with the et-al settings of the list it sorts, or of the key's
 * {@code names-min} and {@code names-use-first}, and leaves the "et-al" term out (Cite Them
 * Right sorted "Ainscow et al., 2009" after "Ainscow, 2015", comparing every name);</li>
 * <li>is text without rich text markup (Chicago sorted quoted article titles after italic book
 * titles, and so lettered "2005a", "2005b" out of title order);</li>
 * <li>has no year letter: letters are given in the order the list is sorted in (CSL
 * §Disambiguation), after it, so works of one year keep the order written in a citation, as
 * with citeproc-js, and a list's order does not depend on its own letters.</li>
 * </ul>
 * Each list's keys call their own copies, as a citation and a reference list shorten names
 * differently.
 */
final class SortKeyMacros {

	private static final String COPY = "#coursewright-sort-";
	/** No locale has this term, so citeproc-java prints nothing for it, not even the delimiter. */
	private static final String NO_TERM = "coursewright-no-such-term";
	private static final List<String> ET_AL = List.of("et-al-min", "et-al-use-first");

	private final Document style;
	private final Map<String, Element> macros = new LinkedHashMap<>();
	private final Map<String, Element> copies = new LinkedHashMap<>();
	/** Each way of sorting (the list and its et-al settings), numbered for the copies' names. */
	private final Map<String, Integer> uses = new LinkedHashMap<>();

	private SortKeyMacros(Document style) {
		this.style = style;
		StyleXml.elements(style, "macro").forEach(macro -> macros.put(macro.getAttribute("name"), macro));
	}

	static void apply(Document style) {
		new SortKeyMacros(style).copyForEveryList();
	}

	private void copyForEveryList() {
		for (Element sort : StyleXml.elements(style, "sort")) {
			Element list = (Element) sort.getParentNode();
			for (Element key : StyleXml.children(sort, "key")) {
				if (macros.containsKey(key.getAttribute("macro"))) {
					Map<String, String> listSettings = etAl(list, "et-al");
					Map<String, String> keySettings = etAl(key, "names");
					String use = list.getTagName() + listSettings.values() + keySettings.values();
					key.setAttribute("macro", copy(key.getAttribute("macro"), use, listSettings, keySettings));
				}
			}
		}
		Element lastMacro = macros.values().stream().reduce((a, b) -> b).orElse(null);
		if (lastMacro != null) {
			copies.values().forEach(copy -> lastMacro.getParentNode().insertBefore(copy, lastMacro.getNextSibling()));
		}
		// the style element itself may say "and" for all names
		style.getDocumentElement().removeAttribute("and");
	}

	/**
	 * The et-al settings an element gives, named as a name element takes them: "et-al-min" and
	 * "et-al-use-first" from a list (falling back on the style's), or from a key's "names-min"
	 * and "names-use-first".
	 */
	private Map<String, String> etAl(Element element, String prefix) {
		Map<String, String> settings = new LinkedHashMap<>();
		for (String attribute : ET_AL) {
			String own = attribute.replace("et-al", prefix);
			if (element.hasAttribute(own)) {
				settings.put(attribute, element.getAttribute(own));
			} else if (prefix.equals("et-al") && style.getDocumentElement().hasAttribute(attribute)) {
				settings.put(attribute, style.getDocumentElement().getAttribute(attribute));
			}
		}
		return settings;
	}

	/**
	 * The name of the macro's copy for one use, made with copies of the macros it calls. The
	 * list's settings apply where a name has none of its own; the key's override a name's own.
	 */
	private String copy(String macroName, String use, Map<String, String> listSettings, Map<String, String> keySettings) {
		String copyName = macroName + COPY + uses.computeIfAbsent(use, u -> uses.size());
		if (copies.containsKey(copyName)) {
			return copyName;
		}
		Element copy = (Element) macros.get(macroName).cloneNode(true);
		copy.setAttribute("name", copyName);
		copies.put(copyName, copy);
		for (Element text : StyleXml.elements(copy, "text")) {
			if (macros.containsKey(text.getAttribute("macro"))) {
				text.setAttribute("macro", copy(text.getAttribute("macro"), use, listSettings, keySettings));
			}
			text.removeAttribute("quotes");
			if (text.getAttribute("variable").equals("year-suffix")) {
				text.getParentNode().removeChild(text);
			}
		}
		for (Element names : StyleXml.elements(copy, "names")) {
			StyleXml.children(names, "label").forEach(names::removeChild);
			StyleXml.children(names, "et-al").forEach(names::removeChild);
			Element noEtAl = style.createElementNS(StyleXml.CSL_NAMESPACE, "et-al");
			noEtAl.setAttribute("term", NO_TERM);
			names.insertBefore(noEtAl, names.getFirstChild());
			boolean inheritsFromSubstitute = ((Element) names.getParentNode()).getTagName().equals("substitute");
			if (StyleXml.children(names, "name").isEmpty() && !inheritsFromSubstitute) {
				names.insertBefore(style.createElementNS(StyleXml.CSL_NAMESPACE, "name"), noEtAl);
			}
		}
		for (Element name : StyleXml.elements(copy, "name")) {
			name.removeAttribute("and");
			listSettings.forEach((attribute, value) -> {
				if (!name.hasAttribute(attribute)) {
					name.setAttribute(attribute, value);
				}
			});
			keySettings.forEach(name::setAttribute);
		}
		return copyName;
	}
}
