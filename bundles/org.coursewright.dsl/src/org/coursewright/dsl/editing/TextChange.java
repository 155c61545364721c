package org.coursewright.dsl.editing;

/** One replacement in a file's text: the characters from offset, length of them, become text. */
public record TextChange(int offset, int length, String text) {

	/** The smallest change that turns before into after: what the two texts do not share at either end. */
	public static TextChange between(String before, String after) {
		int start = 0;
		int shortest = Math.min(before.length(), after.length());
		while (start < shortest && before.charAt(start) == after.charAt(start)) {
			start++;
		}
		int endBefore = before.length();
		int endAfter = after.length();
		while (endBefore > start && endAfter > start && before.charAt(endBefore - 1) == after.charAt(endAfter - 1)) {
			endBefore--;
			endAfter--;
		}
		return new TextChange(start, endBefore - start, after.substring(start, endAfter));
	}

	public boolean isEmpty() {
		return length == 0 && text.isEmpty();
	}

	public String applyTo(String before) {
		return before.substring(0, offset) + text + before.substring(offset + length);
	}
}
