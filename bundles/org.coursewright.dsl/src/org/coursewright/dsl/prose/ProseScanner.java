package org.coursewright.dsl.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations and cross-references in Markdown prose. The syntax follows Pandoc's
 * citations, which many academic writers already know: {@code [@key]},
 * {@code [@key, pp. 87-89; @other]} and narrative {@code @key}.
 */
public final class ProseScanner {

	private static final String KEY = "[A-Za-z_][A-Za-z0-9_:.\\-]*[A-Za-z0-9_]|[A-Za-z_]";
	private static final Pattern BRACKETED = Pattern.compile("\\[(-?@(?:" + KEY + ")[^\\[\\]]*)\\]");
	private static final Pattern ITEM = Pattern.compile("\\s*-?@(" + KEY + ")\\s*(?:,\\s*(.*?))?\\s*");
	// An @ after a letter, digit or dot is part of an e-mail address, not a citation.
	private static final Pattern NARRATIVE = Pattern.compile("(?<![A-Za-z0-9_.@\\[\\\\])@(" + KEY + ")");
	private static final Pattern CROSS_REFERENCE = Pattern.compile("\\[\\[\\s*([A-Za-z_][A-Za-z0-9_\\-]*)\\s*(?:\\|([^\\]]*))?\\]\\]");
	private static final Pattern LOCATOR = Pattern.compile(
			"(pp?\\.|pages?|ch(?:ap)?\\.|chapters?|sec\\.|sections?|§|paras?\\.|paragraphs?)\\s*(.+)",
			Pattern.CASE_INSENSITIVE);

	private ProseScanner() {
	}

	public static List<ProseCitation> citations(String text) {
		List<ProseCitation> found = new ArrayList<>();
		boolean[] taken = new boolean[text.length()];
		Matcher bracketed = BRACKETED.matcher(text);
		while (bracketed.find()) {
			if (isCrossReference(text, bracketed.start())) {
				continue;
			}
			List<CitationItem> items = new ArrayList<>();
			int partStart = bracketed.start(1);
			for (String part : bracketed.group(1).split(";", -1)) {
				Matcher item = ITEM.matcher(part);
				if (item.matches()) {
					int at = partStart + part.indexOf('@');
					String[] locator = locator(item.group(2));
					items.add(new CitationItem(item.group(1), locator[0], locator[1], at, item.group(1).length() + 1));
				}
				partStart += part.length() + 1;
			}
			if (!items.isEmpty()) {
				found.add(new ProseCitation(items, false, bracketed.start(), bracketed.end() - bracketed.start()));
				for (int i = bracketed.start(); i < bracketed.end(); i++) {
					taken[i] = true;
				}
			}
		}
		Matcher narrative = NARRATIVE.matcher(text);
		while (narrative.find()) {
			if (!taken[narrative.start()]) {
				int length = narrative.end() - narrative.start();
				found.add(new ProseCitation(
						List.of(new CitationItem(narrative.group(1), null, null, narrative.start(), length)),
						true, narrative.start(), length));
			}
		}
		found.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return found;
	}

	public static List<CrossReference> crossReferences(String text) {
		List<CrossReference> found = new ArrayList<>();
		Matcher matcher = CROSS_REFERENCE.matcher(text);
		while (matcher.find()) {
			String label = matcher.group(2) == null ? null : matcher.group(2).strip();
			found.add(new CrossReference(matcher.group(1), label, matcher.start(), matcher.end() - matcher.start(), matcher.start(1)));
		}
		return found;
	}

	private static boolean isCrossReference(String text, int bracket) {
		return bracket > 0 && text.charAt(bracket - 1) == '[';
	}

	/** Splits "pp. 87-89" into {"page", "87-89"}; text without a known label is a page. */
	private static String[] locator(String written) {
		if (written == null || written.isBlank()) {
			return new String[] { null, null };
		}
		Matcher matcher = LOCATOR.matcher(written.strip());
		if (!matcher.matches()) {
			return new String[] { "page", written.strip() };
		}
		String label = matcher.group(1).toLowerCase(Locale.ROOT);
		String kind = label.startsWith("p") && !label.startsWith("para") ? "page"
				: label.startsWith("ch") ? "chapter"
				: label.startsWith("s") || label.equals("§") ? "section"
				: "paragraph";
		return new String[] { kind, matcher.group(2).strip() };
	}
}
