package org.coursewright.publish.references;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * Two works by the same authors in the same year read "(Leithwood &amp; Jantzi, 2005a)" and
 * "(…, 2005b)" in author–date styles that ask for it (APA 7, §8.19), lettered in reference list
 * order. citeproc-java 3.5.2 does not add these letters itself, while citeproc-js does; it does
 * print an item's year-suffix variable, so the letters are worked out here and given to it.
 * <p>
 * Works whose citations only look alike (different authors hidden behind "et al.") are left
 * alone: the style would first add names, which citeproc-java cannot do either.
 */
final class YearSuffixes {

	/** What makes two citations ambiguous in a way only a letter resolves. */
	private record SameCitation(String text, List<CSLName> creators) {
	}

	private YearSuffixes() {
	}

	/** Gives ambiguous works their letters; the processor is left reset, ready for use. */
	static void assign(CSL csl, ItemForms items) {
		List<String> ids = List.copyOf(items.getIds());
		if (ids.size() < 2) {
			return;
		}
		Map<SameCitation, List<String>> groups = new LinkedHashMap<>();
		for (String id : ids) {
			csl.reset();
			CSLItemData item = items.listed(id);
			SameCitation key = new SameCitation(csl.makeCitation(id).get(0).getText(), Arrays.asList(CslItems.creators(item)));
			groups.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
		}
		csl.reset();
		csl.registerCitationItems(ids);
		for (List<String> group : groups.values()) {
			if (group.size() > 1) {
				List<String> ordered = ListedEntries.of(csl, group).stream().map(ReferenceEntry::key).toList();
				for (int i = 0; i < ordered.size(); i++) {
					CSLItemData item = items.listed(ordered.get(i));
					items.replace(new CSLItemDataBuilder(item).yearSuffix(letters(i)).build());
				}
			}
		}
		csl.reset();
	}

	/** a … z, then aa, ab, … as citeproc-js continues. */
	static String letters(int index) {
		String letter = String.valueOf((char) ('a' + index % 26));
		return index < 26 ? letter : letters(index / 26 - 1) + letter;
	}
}
