package org.coursewright.publish.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.output.Bibliography;

/**
 * Reference list entries with the works they belong to, in the style's order. citeproc-java
 * 3.5.2 gives a list's entries in order but without their ids (its formats pass none on), so
 * each work's own entry is formatted alone and found in the list: one run per work.
 */
final class ListedEntries {

	private ListedEntries() {
	}

	/** The entries of the given works, which must be registered with the processor. */
	static List<ReferenceEntry> of(CSL csl, List<String> keys) {
		Set<String> wanted = Set.copyOf(keys);
		List<String> ordered = List.of(csl.makeBibliography(item -> wanted.contains(item.getId())).getEntries());
		List<ReferenceEntry> entries = new ArrayList<>();
		for (String key : keys) {
			Bibliography own = csl.makeBibliography(item -> key.equals(item.getId()));
			if (own.getEntries().length > 0) {
				entries.add(new ReferenceEntry(key, own.getEntries()[0]));
			}
		}
		// each entry's place in the list, looked up once (indexOf in the comparator made a
		// bibliography of 10,000 works take minutes); an entry printed twice keeps its first place
		Map<String, Integer> places = new HashMap<>();
		for (int i = 0; i < ordered.size(); i++) {
			places.putIfAbsent(ordered.get(i), i);
		}
		entries.sort(Comparator.comparingInt(e -> places.getOrDefault(e.html(), Integer.MAX_VALUE)));
		return entries;
	}
}
