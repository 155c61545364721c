package org.coursewright.publish.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * When first authors of different works share a surname but not their given names, APA 7
 * (§8.20) cites them with initials: "(V. M. J. Robinson et al., 2008)", "K. Robinson (2006)".
 * Styles ask for this with {@code givenname-disambiguation-rule="primary-name-with-initials"};
 * citeproc-java 3.5.2 ignores it, citeproc-js follows it. Here the in-text form of such a
 * work carries the initials in its first author's surname, which the style's short form of
 * names prints whole; the reference list keeps the work as written.
 */
final class FirstAuthorInitials {

	private FirstAuthorInitials() {
	}

	static void assign(ItemForms items) {
		Map<String, List<CSLItemData>> byFirstSurname = new LinkedHashMap<>();
		for (CSLItemData item : items.allListed()) {
			CSLName first = firstCreator(item);
			if (first != null && first.getFamily() != null) {
				byFirstSurname.computeIfAbsent(first.getFamily(), k -> new ArrayList<>()).add(item);
			}
		}
		for (List<CSLItemData> works : byFirstSurname.values()) {
			if (works.stream().map(w -> firstCreator(w).getGiven()).filter(Objects::nonNull).distinct().count() > 1) {
				works.stream().filter(w -> firstCreator(w).getGiven() != null).forEach(w -> items.citeAs(withInitials(w)));
			}
		}
	}

	private static CSLItemData withInitials(CSLItemData item) {
		boolean byAuthors = item.getAuthor() != null && item.getAuthor().length > 0;
		CSLName[] names = CslItems.creators(item).clone();
		names[0] = new CSLNameBuilder().family(initials(names[0].getGiven()) + " " + names[0].getFamily()).build();
		CSLItemDataBuilder copy = new CSLItemDataBuilder(item);
		return (byAuthors ? copy.author(names) : copy.editor(names)).build();
	}

	/** "Viviane M. J." gives "V. M. J."; "Jean-Paul" gives "J.-P.", as APA writes them. */
	static String initials(String given) {
		List<String> parts = new ArrayList<>();
		for (String word : given.trim().split("\\s+")) {
			List<String> pieces = new ArrayList<>();
			for (String piece : word.split("-")) {
				if (!piece.isEmpty()) {
					pieces.add(piece.codePoints().limit(1).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".");
				}
			}
			parts.add(String.join("-", pieces));
		}
		return String.join(" ", parts);
	}

	private static CSLName firstCreator(CSLItemData item) {
		CSLName[] names = CslItems.creators(item);
		return names.length == 0 ? null : names[0];
	}
}
