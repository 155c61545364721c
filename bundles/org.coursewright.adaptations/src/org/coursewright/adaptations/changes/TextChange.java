package org.coursewright.adaptations.changes;

import java.text.BreakIterator;
import java.util.Locale;

/** How a long text changed, in words a release note can use: "changed (+2 sentences)". */
final class TextChange {

	private TextChange() {
	}

	/** Texts longer than a line are described by how they changed, not quoted. */
	static boolean isLong(String text) {
		return text != null && (text.contains("\n") || text.length() > 60);
	}

	static String describe(String before, String after) {
		int difference = sentences(after) - sentences(before);
		if (difference == 0) {
			return "changed";
		}
		return "changed (" + (difference > 0 ? "+" : "\u2212") + Math.abs(difference) + (Math.abs(difference) == 1 ? " sentence)" : " sentences)");
	}

	static int sentences(String text) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		String flat = text.strip().replaceAll("\\s+", " ");
		boundaries.setText(flat);
		int count = 0;
		for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
			if (!flat.substring(start, end).isBlank()) {
				count++;
			}
		}
		return count;
	}
}
