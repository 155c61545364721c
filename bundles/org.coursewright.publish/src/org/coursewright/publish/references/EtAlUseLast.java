package org.coursewright.publish.references;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Matcher;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;

/**
 * CSL §Name, et-al-use-last: a reference list that shortens long name lists ends them with the
 * name delimiter, the ellipsis and the last name. APA 7 §9.8 lists the first 19 authors of a work
 * with 21 or more, then "… " and the last author. citeproc-java 3.5.2 does not read the
 * attribute and prints "et al.", which APA never prints in a reference list.
 * <p>
 * So the reference list is formatted with a marker for the "et-al" term, and each marker is
 * replaced by the ellipsis and the last name as the processor prints that name in that place:
 * the {@link PrintedPart} of the work formatted with its list cut to its first and last names.
 */
final class EtAlUseLast {

	/** The "et-al" term in the copy of the style that formats the reference list. */
	static final String ET_AL_MARK = "\uE000";
	private static final String ELLIPSIS = "\u2026";

	/** The name variables a Coursewright work has, with a way to give a copy of it other names. */
	private static final Map<String, BiFunction<CSLItemData, CSLName[], CSLItemData>> VARIABLES = Map.of(
			"author", (item, names) -> new CSLItemDataBuilder(item).author(names).build(),
			"editor", (item, names) -> new CSLItemDataBuilder(item).editor(names).build());
	private static final Map<String, Function<CSLItemData, CSLName[]>> NAMES = Map.of(
			"author", CSLItemData::getAuthor,
			"editor", CSLItemData::getEditor);

	private final int etAlMin;
	private final int etAlUseFirst;

	EtAlUseLast(int etAlMin, int etAlUseFirst) {
		this.etAlMin = etAlMin;
		this.etAlUseFirst = etAlUseFirst;
	}

	/** Whether the list shortens some of this work's names (CSL: only if two or more names are left out). */
	boolean shortens(CSLItemData item) {
		return !shortened(item).isEmpty();
	}

	/**
	 * The entry, formatted with marked et-al terms, with each replaced by "… " and the last name
	 * of its list; {@code format} formats a copy of the work alone, as the entry was formatted.
	 * Empty if a last name cannot be told apart from the rest of its entry.
	 */
	Optional<String> complete(String entry, CSLItemData item, Function<CSLItemData, String> format) {
		record LastName(String text, int place) {
		}
		List<LastName> lastNames = new ArrayList<>();
		for (String variable : shortened(item)) {
			CSLName[] names = NAMES.get(variable).apply(item);
			CSLName last = names[names.length - 1];
			String printed = format.apply(VARIABLES.get(variable).apply(item, new CSLName[] { names[0], last }));
			String marked = format.apply(VARIABLES.get(variable).apply(item, new CSLName[] { names[0], PrintedPart.markName() }));
			Optional<String> text = PrintedPart.inPlaceOf(printed, marked);
			if (text.isEmpty()) {
				return Optional.empty();
			}
			// other shortened lists still print their marks; how many come first gives this one's place
			int place = marked.substring(0, marked.indexOf(PrintedPart.MARK)).split(ET_AL_MARK, -1).length - 1;
			lastNames.add(new LastName(text.get(), place));
		}
		lastNames.sort(Comparator.comparingInt(LastName::place));
		String completed = entry;
		for (LastName lastName : lastNames) {
			completed = completed.replaceFirst(ET_AL_MARK, Matcher.quoteReplacement(ELLIPSIS + " " + lastName.text()));
		}
		return completed.contains(ET_AL_MARK) ? Optional.empty() : Optional.of(completed);
	}

	private List<String> shortened(CSLItemData item) {
		return VARIABLES.keySet().stream().sorted().filter(variable -> {
			CSLName[] names = NAMES.get(variable).apply(item);
			return names != null && names.length >= etAlMin && names.length >= etAlUseFirst + 2;
		}).toList();
	}
}
