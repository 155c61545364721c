package org.coursewright.publish.references;

import java.util.HashMap;
import java.util.Map;

import org.w3c.dom.Element;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * Editions as ordinals, "5th ed.", where a style prints the edition with
 * {@code <number form="ordinal">}. citeproc-java 3.5.2 prints a number element as plain text
 * ("5 ed."), while CSL §Number and citeproc-js use the locale's ordinal terms; so the works it
 * is given carry the ordinal already, made from the same terms (CSL §Ordinal Suffixes: a term
 * for the last two digits wins over one for the last digit, which wins over "ordinal").
 */
final class OrdinalEditions {

	private final Map<String, String> terms = new HashMap<>();

	private OrdinalEditions(String localeXml) {
		for (Element term : StyleXml.elements(StyleXml.parse(localeXml), "term")) {
			String name = term.getAttribute("name");
			if ((name.equals("ordinal") || name.matches("ordinal-\\d\\d")) && !term.hasAttribute("gender-form")) {
				terms.putIfAbsent(name + "|" + term.getAttribute("match"), term.getTextContent().strip());
			}
		}
	}

	static void assign(ItemForms items, String localeXml) {
		OrdinalEditions ordinals = new OrdinalEditions(localeXml);
		for (CSLItemData item : items.allListed()) {
			if (item.getEdition() != null && item.getEdition().strip().matches("\\d{1,4}")) {
				int number = Integer.parseInt(item.getEdition().strip());
				items.replace(new CSLItemDataBuilder(item).edition(number + ordinals.suffix(number)).build());
			}
		}
	}

	String suffix(int number) {
		String lastTwo = String.format("ordinal-%02d", number % 100);
		String lastOne = String.format("ordinal-%02d", number % 10);
		// terms 10-99 match the last two digits unless they say otherwise; 00-09 the last digit
		for (String key : new String[] { lastTwo + "|", lastTwo + "|last-two-digits", lastTwo + "|whole-number" }) {
			if (number % 100 >= 10 && terms.containsKey(key) && (!key.endsWith("whole-number") || number < 100)) {
				return terms.get(key);
			}
		}
		for (String key : new String[] { lastOne + "|", lastOne + "|last-digit" }) {
			if (terms.containsKey(key)) {
				return terms.get(key);
			}
		}
		return terms.getOrDefault("ordinal|", "");
	}
}
