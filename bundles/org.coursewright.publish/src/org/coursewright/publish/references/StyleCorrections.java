package org.coursewright.publish.references;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Corrections to what an official CSL style says, where its own style guide is clear and the
 * style file disagrees. They are part of the style as Coursewright uses it, so they are also
 * in the style that {@code coursewright style} prints for other CSL processors.
 */
final class StyleCorrections {

	private StyleCorrections() {
	}

	static void apply(String styleName, Document style) {
		if (styleName.equals("apa")) {
			apaEditorAbbreviations(style);
		}
	}

	/**
	 * APA 7 abbreviates editors "(Ed.)" and "(Eds.)" whatever the variety of English (its list
	 * of abbreviations in references, and every edited-book chapter example in its chapter 10).
	 * The en-GB locale's short plural is "eds" (British usage drops the stop of a contraction),
	 * so APA in en-GB printed "(Eds)"; the
	 * style's own English terms now say what the manual prints.
	 */
	private static void apaEditorAbbreviations(Document style) {
		for (Element locale : StyleXml.elements(style, "locale")) {
			String lang = locale.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
			if (lang.equals("en")) {
				Element terms = StyleXml.children(locale, "terms").stream().findFirst().orElseGet(() -> {
					Element created = style.createElementNS(StyleXml.CSL_NAMESPACE, "terms");
					locale.appendChild(created);
					return created;
				});
				Element term = style.createElementNS(StyleXml.CSL_NAMESPACE, "term");
				term.setAttribute("name", "editor");
				term.setAttribute("form", "short");
				term.appendChild(style.createElementNS(StyleXml.CSL_NAMESPACE, "single")).setTextContent("ed.");
				term.appendChild(style.createElementNS(StyleXml.CSL_NAMESPACE, "multiple")).setTextContent("eds.");
				terms.appendChild(term);
				return;
			}
		}
	}
}
