package org.coursewright.fuzz.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The changes the fuzzer makes to a module: what careless editing, bad tools, copy and paste
 * from anywhere and hostile authors do to files. Each takes its randomness from the given
 * {@link Random} only, so a seed gives the same inputs on every machine.
 */
final class Mutations {

	/** A change to one file of the module; says what it did, for the report. */
	@FunctionalInterface
	private interface Mutation {
		String apply(ModuleInput input, String file, Random random);
	}

	/** Characters that have broken text processing somewhere: controls, bidi marks, combining marks, emoji, private use. */
	private static final String[] ODD_CHARACTERS = { "\u0000", "\u202E", "\u200F", "\u2066", "\u2069", "\u0301\u0301\u0301", "\u200D",
			"\uD83D\uDC69\u200D\uD83C\uDFEB", "\uE000", "\uE001", "\uE0000\uE001", "\uFEFF", "\r", "\u2028", "\u00A0", "\u201C", "\"\"\"",
			"\\", "`", "[@", "[[", "]]", "@", "{", "}", "<script>", "&#", "%", "\t", "\uFFFD", "\uD800" };

	/** Text repeated into very long tokens and deep nesting. */
	private static final String[] REPEATED = { "a", "9", "\u201C", "[", "{", "(", "*", "_", "book ", "@b", "\\", "-", ".", "<", "\"", "\u00E9",
			"[@day2010, pp. 87-99 ", "\uD83D\uDE00", "}" };

	private static final Mutation[] ALL = { Mutations::flipBytes, Mutations::deleteLines, Mutations::duplicateLines,
			Mutations::deleteToken, Mutations::duplicateToken, Mutations::spliceFromAnotherFile, Mutations::insertOddCharacter,
			Mutations::insertLongToken, Mutations::insertNesting, Mutations::truncate };

	private Mutations() {
	}

	/** One to three changes, each to a file of the module chosen at random. */
	static List<String> mutate(ModuleInput input, Random random) {
		List<String> done = new ArrayList<>();
		int count = 1 + random.nextInt(3);
		List<String> names = input.mutableFiles();
		for (int i = 0; i < count; i++) {
			String file = names.get(random.nextInt(names.size()));
			done.add(file + ": " + ALL[random.nextInt(ALL.length)].apply(input, file, random));
		}
		return done;
	}

	private static String flipBytes(ModuleInput input, String file, Random random) {
		byte[] bytes = input.bytes(file).clone();
		if (bytes.length == 0) {
			return "no bytes to flip";
		}
		int flips = 1 + random.nextInt(4);
		for (int i = 0; i < flips; i++) {
			bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
		}
		input.put(file, bytes);
		return flips + " bits flipped";
	}

	private static String deleteLines(ModuleInput input, String file, Random random) {
		List<String> lines = lines(input, file);
		int from = random.nextInt(lines.size());
		int to = Math.min(lines.size(), from + 1 + random.nextInt(5));
		lines.subList(from, to).clear();
		input.put(file, String.join("\n", lines));
		return "lines " + (from + 1) + "-" + to + " deleted";
	}

	private static String duplicateLines(ModuleInput input, String file, Random random) {
		List<String> lines = lines(input, file);
		int from = random.nextInt(lines.size());
		int to = Math.min(lines.size(), from + 1 + random.nextInt(8));
		List<String> copy = new ArrayList<>(lines.subList(from, to));
		lines.addAll(random.nextInt(lines.size() + 1), copy);
		input.put(file, String.join("\n", lines));
		return "lines " + (from + 1) + "-" + to + " duplicated";
	}

	private static String deleteToken(ModuleInput input, String file, Random random) {
		String text = input.text(file);
		int[] token = token(text, random);
		input.put(file, text.substring(0, token[0]) + text.substring(token[1]));
		return "token at " + token[0] + " deleted";
	}

	private static String duplicateToken(ModuleInput input, String file, Random random) {
		String text = input.text(file);
		int[] token = token(text, random);
		int at = random.nextInt(text.length() + 1);
		input.put(file, text.substring(0, at) + text.substring(token[0], token[1]) + " " + text.substring(at));
		return "token at " + token[0] + " copied to " + at;
	}

	private static String spliceFromAnotherFile(ModuleInput input, String file, Random random) {
		List<String> names = input.mutableFiles();
		String other = names.get(random.nextInt(names.size()));
		List<String> source = lines(input, other);
		int from = random.nextInt(source.size());
		int to = Math.min(source.size(), from + 1 + random.nextInt(12));
		List<String> lines = lines(input, file);
		int at = random.nextInt(lines.size() + 1);
		lines.addAll(at, source.subList(from, to));
		input.put(file, String.join("\n", lines));
		return "lines " + (from + 1) + "-" + to + " of " + other + " spliced in at line " + (at + 1);
	}

	private static String insertOddCharacter(ModuleInput input, String file, Random random) {
		String text = input.text(file);
		String odd = ODD_CHARACTERS[random.nextInt(ODD_CHARACTERS.length)];
		int at = random.nextInt(text.length() + 1);
		input.put(file, text.substring(0, at) + odd + text.substring(at));
		return "inserted " + visible(odd) + " at " + at;
	}

	/** Tokens of up to 500,000 characters: most runs stay small, a few go very long. */
	private static String insertLongToken(ModuleInput input, String file, Random random) {
		String text = input.text(file);
		String unit = REPEATED[random.nextInt(REPEATED.length)];
		int length = (int) Math.min(500_000, Math.pow(10, 2 + random.nextDouble() * 3.7));
		int at = random.nextInt(text.length() + 1);
		input.put(file, text.substring(0, at) + unit.repeat(Math.max(1, length / unit.length())) + text.substring(at));
		return "inserted " + visible(unit) + " x" + Math.max(1, length / unit.length()) + " at " + at;
	}

	private static String insertNesting(ModuleInput input, String file, Random random) {
		String[][] pairs = { { "{", "}" }, { "[", "]" }, { "(", ")" }, { "> ", "" }, { "- ", "" }, { "unit u \"U\" {", "}" },
				{ "box b \"B\" {", "}" }, { "[[", "]]" } };
		String[] pair = pairs[random.nextInt(pairs.length)];
		int depth = 1 + random.nextInt(random.nextBoolean() ? 50 : 5_000);
		String text = input.text(file);
		int at = random.nextInt(text.length() + 1);
		input.put(file, text.substring(0, at) + pair[0].repeat(depth) + pair[1].repeat(random.nextBoolean() ? depth : 0) + text.substring(at));
		return "nested " + visible(pair[0]) + " " + depth + " deep at " + at;
	}

	private static String truncate(ModuleInput input, String file, Random random) {
		byte[] bytes = input.bytes(file);
		int at = random.nextInt(bytes.length + 1);
		input.put(file, Arrays.copyOf(bytes, at));
		return "cut at byte " + at;
	}

	private static List<String> lines(ModuleInput input, String file) {
		return new ArrayList<>(Arrays.asList(input.text(file).split("\n", -1)));
	}

	/** Start and end of a run of non-blank characters (or of blanks, where there is nothing else). */
	private static int[] token(String text, Random random) {
		if (text.isEmpty()) {
			return new int[] { 0, 0 };
		}
		int at = random.nextInt(text.length());
		boolean blank = Character.isWhitespace(text.charAt(at));
		int start = at;
		while (start > 0 && Character.isWhitespace(text.charAt(start - 1)) == blank) {
			start--;
		}
		int end = at;
		while (end < text.length() && Character.isWhitespace(text.charAt(end)) == blank) {
			end++;
		}
		return new int[] { start, end };
	}

	/** Code points as U+XXXX where they would not show, for a report a person reads. */
	static String visible(String text) {
		StringBuilder shown = new StringBuilder("\"");
		text.codePoints().forEach(c -> shown.append(c < 0x20 || c > 0x7E ? String.format("U+%04X", c) : Character.toString(c)));
		return shown.append('"').toString();
	}
}
