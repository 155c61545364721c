package org.coursewright.publish.references;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CSL §Citation, collapse="year": the works of one citation by the same names are put
 * together and the names printed once, "(Leithwood &amp; Jantzi, 2005a, 2005c)" (APA 7 §8.12;
 * OU Harvard, Cite Them Right and Chicago ask for it too). citeproc-java 3.5.2 does not group
 * cites, so each work's names are found in what it printed ({@link PrintedPart}) and works
 * with the same names follow the first, without them.
 */
final class CiteGroups {

	/**
	 * One work as printed in the citation.
	 *
	 * @param names the names it starts with, as printed; empty when it starts otherwise (a prefix, a title)
	 */
	record Cite(String key, String printed, Optional<String> names) {
	}

	/** A work's part of the citation; {@code namesShown} false where it follows others of the same names. */
	record Grouped(String key, String text, boolean namesShown) {
	}

	private CiteGroups() {
	}

	/**
	 * The cites in groups, each group where its first work stood, in the order given within it.
	 * Only a style that sorts a citation's works brings works of the same names together;
	 * otherwise only neighbours share their names, as written (the CSL test suite's
	 * name_CiteGroupDelimiterWithYearSuffixCollapse2; citeproc-js does the same).
	 */
	static List<Grouped> group(List<Cite> cites, boolean sorted) {
		Map<Object, List<Cite>> groups = new LinkedHashMap<>();
		Optional<String> previous = Optional.empty();
		int run = 0;
		for (Cite cite : cites) {
			if (!cite.names().isPresent() || !cite.names().equals(previous)) {
				run++;
			}
			previous = cite.names();
			// a cite without names of its own is a group of one
			Object sameNames = cite.names().isEmpty() ? cite : sorted ? cite.names().get() : List.of(run, cite.names().get());
			groups.computeIfAbsent(sameNames, k -> new ArrayList<>()).add(cite);
		}
		List<Grouped> grouped = new ArrayList<>();
		for (List<Cite> group : groups.values()) {
			grouped.add(new Grouped(group.get(0).key(), group.get(0).printed(), true));
			for (Cite cite : group.subList(1, group.size())) {
				String afterNames = cite.printed().substring(cite.names().orElseThrow().length());
				// what joins names to the year (", " or " ") goes with them
				grouped.add(new Grouped(cite.key(), afterNames.replaceFirst("^[\\s,;:]+", ""), false));
			}
		}
		return grouped;
	}
}
