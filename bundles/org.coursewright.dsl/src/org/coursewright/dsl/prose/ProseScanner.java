package org.coursewright.dsl.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citations and cross-references in Markdown prose. The syntax follows Pandoc's
 * citations, which many academic writers already know: {@code [@key]},
 * {@code [see @key, pp. 87-89, emphasis added; compare @other]}, narrative {@code @key},
 * and, for a work known only through another, {@code [Harris and Muijs, cited in @key]}.
 * <p>
 * Citations are found in one pass over the text: each bracket is read up to its closing
 * bracket once, so the time grows with the length of the prose and nothing else.
 */
public final class ProseScanner {

	private static final String NUMBER = "(?:\\d+[a-z]?|[ivxlcdm]+)";
	private static final String RANGE = NUMBER + "(?:\\s*[-\u2013]\\s*" + NUMBER + ")?";
	private static final String MORE_PAGES = "(?:\\s*,\\s*\\d+[a-z]?(?:\\s*[-\u2013]\\s*\\d+[a-z]?)?)*";
	private static final Pattern LOCATOR = Pattern.compile(
			"\\s*(pp?\\.|pages?|ch(?:ap)?\\.|chapters?|sec\\.|sections?|§|paras?\\.|paragraphs?)?\\s*(" + RANGE + MORE_PAGES + ")"
					+ "(?![\\p{L}\\d])",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern SECONDARY = Pattern.compile("(.*?)[,;]?\\s+(?:as\\s+)?(?:cited|quoted)\\s+in",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private ProseScanner() {
	}

	public static List<ProseCitation> citations(String text) {
		List<ProseCitation> found = new ArrayList<>();
		int n = text.length();
		int at = 0;
		while (at < n) {
			char c = text.charAt(at);
			if (c == '\\') {
				at += 2; // an escaped character such as \@ or \[ is never part of a citation
			} else if (c == '[' && at + 1 < n && text.charAt(at + 1) == '[') {
				int end = text.indexOf("]]", at + 2);
				at = end < 0 ? n : end + 2; // a cross-reference
			} else if (c == '[') {
				int close = closingBracket(text, at + 1);
				ProseCitation citation = close < 0 || isLinkText(text, close) ? null : bracketed(text, at, close);
				if (citation != null) {
					found.add(citation);
					at = close + 1;
				} else {
					at++;
				}
			} else if (c == '@' && mayStartNarrative(text, at) && keyEnd(text, at + 1) > at + 1) {
				int end = keyEnd(text, at + 1);
				CitationItem item = new CitationItem(text.substring(at + 1, end), null, null, at, end - at);
				found.add(new ProseCitation(List.of(item), true, at, end - at));
				at = end;
			} else {
				at++;
			}
		}
		return found;
	}

	/**
	 * Finds {@code [[id]]} and {@code [[id|label]]}, with spaces allowed around the id, in one
	 * pass: each character is read a bounded number of times however the brackets nest.
	 */
	public static List<CrossReference> crossReferences(String text) {
		List<CrossReference> found = new ArrayList<>();
		int n = text.length();
		int closeAfterBar = -1; // the first ']' after the last bar looked at, found once for all bars before it
		for (int open = text.indexOf("[[", 0); open >= 0; open = text.indexOf("[[", open + 1)) {
			int idStart = skipSpaces(text, open + 2);
			int idEnd = idStart;
			if (idEnd < n && (isAsciiLetter(text.charAt(idEnd)) || text.charAt(idEnd) == '_')) {
				while (++idEnd < n && isIdCharacter(text.charAt(idEnd))) {
				}
			}
			if (idEnd == idStart) {
				continue;
			}
			int at = skipSpaces(text, idEnd);
			String label = null;
			if (at < n && text.charAt(at) == '|') {
				if (closeAfterBar <= at) {
					closeAfterBar = text.indexOf(']', at + 1);
					if (closeAfterBar < 0) {
						break; // no ']' follows: no later bracket can close either
					}
				}
				label = text.substring(at + 1, closeAfterBar).strip();
				at = closeAfterBar;
			}
			if (text.startsWith("]]", at)) {
				found.add(new CrossReference(text.substring(idStart, idEnd), label, open, at + 2 - open, idStart));
				open = at + 1;
			}
		}
		return found;
	}

	private static int skipSpaces(String text, int from) {
		int at = from;
		while (at < text.length() && isSpace(text.charAt(at))) {
			at++;
		}
		return at;
	}

	/** The characters of Java's regular expression class \s, which ids were first matched with. */
	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
	}

	private static boolean isIdCharacter(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
	}

	/** The closing bracket of a bracket opened just before {@code from}, or -1 if another opens first. */
	private static int closingBracket(String text, int from) {
		for (int i = from; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ']') {
				return i;
			}
			if (c == '[') {
				return -1;
			}
		}
		return -1;
	}

	/** "[text](address)" is a Markdown link, whatever its text says. */
	private static boolean isLinkText(String text, int close) {
		return close + 1 < text.length() && text.charAt(close + 1) == '(';
	}

	/** A bracket is a citation when each of its parts separated by ";" cites a key. */
	private static ProseCitation bracketed(String text, int open, int close) {
		List<CitationItem> items = new ArrayList<>();
		int partStart = open + 1;
		while (partStart <= close) {
			int partEnd = partStart;
			while (partEnd < close && text.charAt(partEnd) != ';') {
				partEnd++; // not indexOf: that would read on past the bracket, to the end of the prose
			}
			CitationItem item = item(text, partStart, partEnd);
			if (item == null) {
				return null;
			}
			items.add(item);
			partStart = partEnd + 1;
		}
		return new ProseCitation(items, false, open, close + 1 - open);
	}

	private static CitationItem item(String text, int start, int end) {
		int at = -1;
		for (int i = start; i < end; i++) {
			if (text.charAt(i) == '@' && (i == start || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '-')
					&& keyEnd(text, i + 1) > i + 1) {
				at = i;
				break;
			}
		}
		if (at < 0) {
			return null;
		}
		int keyEnd = keyEnd(text, at + 1);
		int prefixEnd = at > start && text.charAt(at - 1) == '-' ? at - 1 : at; // Pandoc's -@key
		String prefix = blankToNull(text.substring(start, prefixEnd));
		String original = null;
		if (prefix != null) {
			Matcher secondary = SECONDARY.matcher(prefix);
			if (secondary.matches() && !secondary.group(1).isBlank()) {
				original = secondary.group(1).strip();
				prefix = null;
			}
		}
		String label = null;
		String locator = null;
		String rest = text.substring(keyEnd, end).strip();
		if (rest.startsWith(",")) {
			Matcher matcher = LOCATOR.matcher(rest);
			matcher.region(1, rest.length());
			// roman numerals need a label: "[@key, mild]" is a suffix, not page "mild"
			if (matcher.lookingAt() && (matcher.group(1) != null || matcher.group(2).chars().anyMatch(Character::isDigit))) {
				label = labelOf(matcher.group(1));
				locator = matcher.group(2).strip();
				rest = rest.substring(matcher.end());
			}
		}
		return new CitationItem(text.substring(at + 1, keyEnd), label, locator, prefix, blankToNull(rest), original, at,
				keyEnd - at);
	}

	/** Where a key that starts at {@code from} ends: letters, digits and _ with : . - inside, as Pandoc reads them. */
	private static int keyEnd(String text, int from) {
		if (from >= text.length() || !(Character.isLetter(text.charAt(from)) || text.charAt(from) == '_')) {
			return from;
		}
		int end = from + 1;
		int lastWordCharacter = end;
		while (end < text.length()) {
			char c = text.charAt(end);
			if (Character.isLetterOrDigit(c) || c == '_') {
				lastWordCharacter = ++end;
			} else if (c == ':' || c == '.' || c == '-') {
				end++;
			} else {
				break;
			}
		}
		return lastWordCharacter;
	}

	/** An @ after a letter, digit or dot is part of an e-mail address, not a citation. */
	private static boolean mayStartNarrative(String text, int at) {
		if (at == 0) {
			return true;
		}
		char before = text.charAt(at - 1);
		return !(Character.isLetterOrDigit(before) || before == '_' || before == '.' || before == '@');
	}

	/** "pp." gives "page", "chap." "chapter"; a number without a label is a page. */
	private static String labelOf(String written) {
		if (written == null) {
			return "page";
		}
		String label = written.toLowerCase(Locale.ROOT);
		return label.startsWith("p") && !label.startsWith("para") ? "page"
				: label.startsWith("ch") ? "chapter"
				: label.startsWith("s") || label.equals("§") ? "section"
				: "paragraph";
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
