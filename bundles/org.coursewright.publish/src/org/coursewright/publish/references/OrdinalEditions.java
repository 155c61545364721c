package org.coursewright.publish.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * Editions as ordinals, "5th ed.", where a style prints the edition with
 * {@code <number form="ordinal">}. citeproc-java 3.5.2 prints a number element as plain text
 * ("5 ed."), while CSL §Number and citeproc-js use the locale's ordinal terms; so the works it
 * is given carry the ordinal already, made from the same terms. Each locale's terms are read
 * once per process.
 */
final class OrdinalEditions {

	private static final Map<String, OrdinalEditions> READ = new HashMap<>();

	/**
	 * A locale's "ordinal-NN" term. CSL §Ordinal Suffixes: 00-09 match the last digit and 10-99
	 * the last two unless the term says otherwise; a match on two digits wins over one on one.
	 */
	private record Ordinal(int value, String match, String suffix) {

		boolean matches(int number) {
			return switch (match) {
				case "whole-number" -> number == value;
				case "last-two-digits" -> number % 100 == value;
				default -> number % 10 == value;
			};
		}
	}

	private final List<Ordinal> ordinals = new ArrayList<>();
	private String otherwise = "";

	private OrdinalEditions(String localeXml) {
		for (Element term : StyleXml.elements(StyleXml.parse(localeXml), "term")) {
			String name = term.getAttribute("name");
			if (term.hasAttribute("gender-form")) {
				continue;
			}
			if (name.equals("ordinal")) {
				otherwise = term.getTextContent().strip();
			} else if (name.matches("ordinal-\\d\\d")) {
				int value = Integer.parseInt(name.substring("ordinal-".length()));
				String match = term.hasAttribute("match") ? term.getAttribute("match") : value < 10 ? "last-digit" : "last-two-digits";
				ordinals.add(new Ordinal(value, match, term.getTextContent().strip()));
			}
		}
		ordinals.sort(Comparator.comparing((Ordinal o) -> !o.match().equals("last-digit")).reversed());
	}

	static OrdinalEditions of(String locale) {
		synchronized (READ) {
			return READ.computeIfAbsent(locale, l -> new OrdinalEditions(CslResources.locale(l).orElseThrow()));
		}
	}

	void assign(ItemForms items) {
		for (CSLItemData item : items.allListed()) {
			if (item.getEdition() != null && item.getEdition().strip().matches("\\d{1,4}")) {
				int number = Integer.parseInt(item.getEdition().strip());
				items.replace(new CSLItemDataBuilder(item).edition(number + suffix(number)).build());
			}
		}
	}

	private String suffix(int number) {
		return ordinals.stream().filter(ordinal -> ordinal.matches(number)).map(Ordinal::suffix).findFirst().orElse(otherwise);
	}
}
