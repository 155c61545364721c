package org.coursewright.publish.references;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

/**
 * The works a {@link de.undercouch.citeproc.CSL} formats, where the processor needs help to
 * follow the style: a work may get a year letter after the processor is made, and may be
 * cited in text in a form other than its listed one. The processor asks again for every item
 * after each reset, so the form it gets is the one chosen last.
 */
final class ItemForms implements ItemDataProvider {

	private final Map<String, CSLItemData> listed = new LinkedHashMap<>();
	private final Map<String, CSLItemData> cited = new HashMap<>();
	private volatile boolean citing;

	ItemForms(Collection<CSLItemData> items) {
		items.forEach(item -> listed.putIfAbsent(item.getId(), item));
	}

	@Override
	public CSLItemData retrieveItem(String id) {
		return citing && cited.containsKey(id) ? cited.get(id) : listed.get(id);
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

	/** Whether the processor is given the in-text forms (true) or the listed ones. */
	void citing(boolean inText) {
		citing = inText;
	}
}
