package org.coursewright.publish.references;

import java.util.Arrays;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Rewrites of a style that make citeproc-java 3.5.2 print what the CSL 1.0.2 specification
 * asks for, where it does not (each found by comparing with citeproc-js). A conforming
 * processor prints the same with or without them, so they are applied only to the copy
 * citeproc-java reads, never to the style given to other processors.
 */
final class CiteprocJavaWorkarounds {

	private static final String NO_TYPE = "coursewright-no-such-type";
	private static final List<String> CONDITIONS = List.of("type", "variable", "is-numeric", "is-uncertain-date", "position",
			"disambiguate", "locator");

	private CiteprocJavaWorkarounds() {
	}

	static void apply(Document style) {
		substitutesKeepTheirOwnNames(style);
		yearSuffixAfterTheIssuedYear(style);
		// after the letters are placed, as sort keys leave them out again
		SortKeyMacros.apply(style);
	}

	/**
	 * CSL §Disambiguation: a style that does not print the year-suffix variable itself gets
	 * it after the year of its issued date. citeproc-js does so; citeproc-java printed nothing,
	 * so OU Harvard's "2015a" and "2015b" both read "2015". A group joins the date and the
	 * letter and takes over the date's affixes, so "(2015)" becomes "(2015a)".
	 */
	private static void yearSuffixAfterTheIssuedYear(Document style) {
		boolean printsItself = StyleXml.elements(style, "text").stream().anyMatch(text -> text.getAttribute("variable").equals("year-suffix"));
		if (printsItself) {
			return;
		}
		for (Element date : StyleXml.elements(style, "date")) {
			boolean year = StyleXml.children(date, "date-part").isEmpty()
					|| StyleXml.children(date, "date-part").stream().anyMatch(part -> part.getAttribute("name").equals("year"));
			if (!date.getAttribute("variable").equals("issued") || !year) {
				continue;
			}
			Element group = style.createElementNS(StyleXml.CSL_NAMESPACE, "group");
			for (String affix : List.of("prefix", "suffix")) {
				if (date.hasAttribute(affix)) {
					group.setAttribute(affix, date.getAttribute(affix));
					date.removeAttribute(affix);
				}
			}
			date.getParentNode().replaceChild(group, date);
			group.appendChild(date);
			Element letter = style.createElementNS(StyleXml.CSL_NAMESPACE, "text");
			letter.setAttribute("variable", "year-suffix");
			group.appendChild(letter);
		}
	}

	/**
	 * CSL §Substitute: only a {@code <names>} without children inherits the parent's name and
	 * label. citeproc-java swaps every substitute {@code <names>} for the parent's, so APA's
	 * chapter editors printed the parent's long label, "(Editors)", instead of their own short
	 * "(Eds.)". A group around such a {@code <names>} hides it from that swap and renders the same.
	 */
	private static void substitutesKeepTheirOwnNames(Document style) {
		for (Element substitute : StyleXml.elements(style, "substitute")) {
			for (Element names : StyleXml.children(substitute, "names")) {
				if (StyleXml.hasElementChildren(names)) {
					Element group = style.createElementNS(StyleXml.CSL_NAMESPACE, "group");
					substitute.replaceChild(group, names);
					group.appendChild(names);
				}
			}
		}
	}

	/**
	 * The style as it applies to a citation whose locator has this label (null: no locator).
	 * citeproc-java does not evaluate the {@code locator} condition (CSL §Choose) and takes it
	 * as met, so APA's "Chapter 3" came out as "ch. 3", the page label's short form. Each
	 * condition on the locator is decided here for the one label instead.
	 */
	static void decideLocatorConditions(Document style, String label) {
		for (String tag : List.of("if", "else-if")) {
			for (Element condition : StyleXml.elements(style, tag)) {
				if (condition.hasAttribute("locator")) {
					decide(condition, label);
				}
			}
		}
	}

	private static void decide(Element condition, String label) {
		boolean met = label != null && Arrays.asList(condition.getAttribute("locator").trim().split("\\s+")).contains(label);
		condition.removeAttribute("locator");
		String match = condition.hasAttribute("match") ? condition.getAttribute("match") : "all";
		boolean othersDecide = CONDITIONS.stream().anyMatch(condition::hasAttribute);
		if (!othersDecide) {
			always(condition, met != match.equals("none"));
		} else if (match.equals("any") && met) {
			always(condition, true);
		} else if ((match.equals("all") && !met) || (match.equals("none") && met)) {
			always(condition, false);
		}
		// otherwise the remaining tests decide, as they would with the locator test in place
	}

	/** A test of a type no work has: with match="none" always met, with match="any" never. */
	private static void always(Element condition, boolean met) {
		CONDITIONS.forEach(condition::removeAttribute);
		condition.setAttribute("type", NO_TYPE);
		condition.setAttribute("match", met ? "none" : "any");
	}
}
