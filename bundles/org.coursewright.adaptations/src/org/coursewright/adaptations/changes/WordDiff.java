package org.coursewright.adaptations.changes;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level difference between two texts, in the marks of git's word diff: removed words in
 * [-…-], added words in {+…+}, runs of changed words kept together, whitespace normalised.
 * "Rank the five dimensions" → "Rank all five dimensions" gives "Rank [-the-] {+all+} five dimensions".
 */
public final class WordDiff {

	private WordDiff() {
	}

	public static String of(String before, String after) {
		String[] old = words(before);
		String[] now = words(after);
		// longest common subsequence of words, filled from the ends
		int[][] common = new int[old.length + 1][now.length + 1];
		for (int i = old.length - 1; i >= 0; i--) {
			for (int j = now.length - 1; j >= 0; j--) {
				common[i][j] = old[i].equals(now[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> out = new ArrayList<>();
		List<String> removed = new ArrayList<>();
		List<String> added = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < old.length || j < now.length) {
			if (i < old.length && j < now.length && old[i].equals(now[j])) {
				flush(out, removed, added);
				out.add(old[i]);
				i++;
				j++;
			} else if (j < now.length && (i == old.length || common[i][j + 1] >= common[i + 1][j])) {
				added.add(now[j++]);
			} else {
				removed.add(old[i++]);
			}
		}
		flush(out, removed, added);
		return String.join(" ", out);
	}

	private static void flush(List<String> out, List<String> removed, List<String> added) {
		if (!removed.isEmpty()) {
			out.add("[-" + String.join(" ", removed) + "-]");
			removed.clear();
		}
		if (!added.isEmpty()) {
			out.add("{+" + String.join(" ", added) + "+}");
			added.clear();
		}
	}

	private static String[] words(String text) {
		String stripped = text == null ? "" : text.strip();
		return stripped.isEmpty() ? new String[0] : stripped.split("\\s+");
	}
}
