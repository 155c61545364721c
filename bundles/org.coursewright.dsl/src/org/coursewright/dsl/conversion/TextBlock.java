package org.coursewright.dsl.conversion;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of a {@code """ ... """} text block: the lines between the quotes with their
 * common indentation removed, so designers can indent prose with the surrounding code.
 * A text block remembers where each of its lines came from, so a problem found in the
 * value (an unknown citation, an unsafe link) can be reported at its place in the file.
 */
public final class TextBlock {

	public static final String DELIMITER = "\"\"\"";

	private final String value;
	/** For each value line: offset of its first character in the value and in the token. */
	private final int[] valueLineStarts;
	private final int[] tokenLineStarts;

	private TextBlock(String value, int[] valueLineStarts, int[] tokenLineStarts) {
		this.value = value;
		this.valueLineStarts = valueLineStarts;
		this.tokenLineStarts = tokenLineStarts;
	}

	/** Reads a token written as {@code """...""" }. */
	public static TextBlock fromToken(String token) {
		if (!token.startsWith(DELIMITER) || !token.endsWith(DELIMITER) || token.length() < 6) {
			throw new IllegalArgumentException("not a text block: " + token);
		}
		List<int[]> lines = new ArrayList<>(); // {start, end} within token, without line break
		int start = DELIMITER.length();
		int end = token.length() - DELIMITER.length();
		int lineStart = start;
		for (int i = start; i <= end; i++) {
			if (i == end || token.charAt(i) == '\n') {
				int lineEnd = i;
				if (lineEnd > lineStart && token.charAt(lineEnd - 1) == '\r') {
					lineEnd--;
				}
				lines.add(new int[] { lineStart, lineEnd });
				lineStart = i + 1;
			}
		}
		// The text after the opening quotes and before the closing ones, when blank, is layout.
		if (lines.size() > 1 && isBlank(token, lines.get(0))) {
			lines.remove(0);
		}
		if (lines.size() > 1 && isBlank(token, lines.get(lines.size() - 1))) {
			lines.remove(lines.size() - 1);
		}
		int indent = Integer.MAX_VALUE;
		for (int[] line : lines) {
			if (!isBlank(token, line)) {
				indent = Math.min(indent, leadingWhitespace(token, line));
			}
		}
		if (indent == Integer.MAX_VALUE) {
			indent = 0;
		}
		StringBuilder value = new StringBuilder();
		int[] valueStarts = new int[lines.size()];
		int[] tokenStarts = new int[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			int[] line = lines.get(i);
			if (i > 0) {
				value.append('\n');
			}
			int from = isBlank(token, line) ? line[1] : line[0] + indent;
			valueStarts[i] = value.length();
			tokenStarts[i] = from;
			value.append(token, from, line[1]);
		}
		return new TextBlock(value.toString(), valueStarts, tokenStarts);
	}

	/** Writes a value as a text block token, one line per value line, without indentation. */
	public static String toToken(String value) {
		if (value.contains(DELIMITER)) {
			throw new IllegalArgumentException("a text block cannot contain " + DELIMITER);
		}
		return DELIMITER + "\n" + value + "\n" + DELIMITER;
	}

	public String value() {
		return value;
	}

	/** The offset in the token of the character at {@code valueOffset} in the value. */
	public int tokenOffset(int valueOffset) {
		int line = 0;
		while (line + 1 < valueLineStarts.length && valueLineStarts[line + 1] <= valueOffset) {
			line++;
		}
		if (valueLineStarts.length == 0) {
			return DELIMITER.length();
		}
		return tokenLineStarts[line] + (valueOffset - valueLineStarts[line]);
	}

	private static boolean isBlank(String token, int[] line) {
		return leadingWhitespace(token, line) == line[1] - line[0];
	}

	private static int leadingWhitespace(String token, int[] line) {
		int i = line[0];
		while (i < line[1] && (token.charAt(i) == ' ' || token.charAt(i) == '\t')) {
			i++;
		}
		return i - line[0];
	}
}
