package org.coursewright.publish.references;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;

/**
 * The works a {@link de.undercouch.citeproc.CSL} formats, where the processor needs help to
 * follow the style: a work may get a year letter after the processor is made, and may be
 * cited in text in a form other than its listed one. The processor asks again for every item
 * after each reset, so the form it gets is the one chosen last.
 */
final class ItemForms implements ItemDataProvider {

	private final Map<String, CSLItemData> listed = new LinkedHashMap<>();
	private final Map<String, CSLItemData> cited = new HashMap<>();
	/** Forms given for a moment, in place of both others. */
	private final Map<String, CSLItemData> standIns = new HashMap<>();
	private volatile boolean citing;
	/** Each work's place in the citation being ordered, given to the processor as its citation-key. */
	private volatile Map<String, Integer> places = Map.of();

	ItemForms(Collection<CSLItemData> items) {
		items.forEach(item -> listed.putIfAbsent(item.getId(), item));
	}

	@Override
	public CSLItemData retrieveItem(String id) {
		CSLItemData form = standIns.containsKey(id) ? standIns.get(id) : citing && cited.containsKey(id) ? cited.get(id) : listed.get(id);
		Integer place = places.get(id);
		return place == null || form == null ? form : new CSLItemDataBuilder(form).citationKey(String.format("%05d", place)).build();
	}

	@Override
	public Collection<String> getIds() {
		return List.copyOf(listed.keySet());
	}

	CSLItemData listed(String id) {
		return listed.get(id);
	}

	Collection<CSLItemData> allListed() {
		return List.copyOf(listed.values());
	}

	/** Replaces a work in both forms (a year letter belongs to both). */
	void replace(CSLItemData item) {
		listed.put(item.getId(), item);
	}

	/** Gives a work a form of its own for in-text citations. */
	void citeAs(CSLItemData item) {
		cited.put(item.getId(), item);
	}

	/** The form the processor is given for this work while {@code print} runs. */
	<T> T with(CSLItemData standIn, Supplier<T> print) {
		standIns.put(standIn.getId(), standIn);
		try {
			return print.get();
		} finally {
			standIns.remove(standIn.getId());
		}
	}

	/** The form the processor is given for a work now: in-text or listed. */
	CSLItemData current(String id) {
		return citing && cited.containsKey(id) ? cited.get(id) : listed.get(id);
	}

	/** Numbers the works of one citation in the order written, or stops numbering (no works). */
	void numberAsWritten(List<String> keys) {
		Map<String, Integer> numbered = new HashMap<>();
		keys.forEach(key -> numbered.putIfAbsent(key, numbered.size()));
		places = Map.copyOf(numbered);
	}

	/** Whether the processor is given the in-text forms (true) or the listed ones. */
	void citing(boolean inText) {
		citing = inText;
	}
}
