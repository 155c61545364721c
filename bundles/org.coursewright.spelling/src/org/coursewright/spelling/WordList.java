package org.coursewright.spelling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The words a course team has taught the spelling check: names, terms of the field. One word
 * a line in {@value #FILE_NAME} in the module folder, kept in git with the module so that the
 * whole team shares it; lines starting with # are comments.
 */
public final class WordList {

	public static final String FILE_NAME = "spelling-words.txt";

	private static final String HEADER = "# Words the spelling check accepts in this module, one a line; shared by the course team.\n";

	private final Set<String> words;

	private WordList(Set<String> words) {
		this.words = words;
	}

	public static WordList empty() {
		return new WordList(Set.of());
	}

	/** The module folder's word list; empty when it has none or it cannot be read. */
	public static WordList of(Path moduleFolder) {
		Path file = moduleFolder.resolve(FILE_NAME);
		if (!Files.isRegularFile(file) || Files.isSymbolicLink(file)) {
			return empty(); // a link could lead out of the module folder
		}
		try {
			return parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException | RuntimeException e) {
			return empty();
		}
	}

	public static WordList parse(String text) {
		Set<String> words = new TreeSet<>();
		for (String line : text.split("\\R")) {
			String word = line.strip();
			if (!word.isEmpty() && !word.startsWith("#")) {
				words.add(word);
			}
		}
		return new WordList(words);
	}

	/** Whether the word is listed, as written or, for a capitalised word starting a sentence, in lower case. */
	public boolean contains(String word) {
		return words.contains(word) || words.contains(word.toLowerCase(Locale.ROOT));
	}

	/**
	 * The text of the module's word list with a word added: the team's lines and comments stay
	 * as they were, words stay in alphabetical order.
	 */
	public static String withWord(String existing, String word) {
		List<String> lines = new ArrayList<>(existing == null || existing.isEmpty() ? List.of(HEADER.strip())
				: List.of(existing.split("\\R")));
		if (parse(existing == null ? "" : existing).words.contains(word)) {
			return existing;
		}
		Comparator<String> alphabetical = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());
		int at = lines.size();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (!line.isEmpty() && !line.startsWith("#") && alphabetical.compare(line, word) > 0) {
				at = i;
				break;
			}
		}
		lines.add(at, word);
		return String.join("\n", lines) + "\n";
	}
}
