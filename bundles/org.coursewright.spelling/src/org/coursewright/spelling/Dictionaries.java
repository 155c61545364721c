package org.coursewright.spelling;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;

/**
 * LanguageTool's English spelling dictionaries, by the language a module is written in. They
 * ship as a fragment of this bundle (and as a jar beside it on a flat class path), so they
 * are found through this class's loader in both.
 */
final class Dictionaries {

	private static final String FOLDER = "org/languagetool/resource/en/hunspell/";
	/** British English, the default, as the Open University writes. */
	static final String DEFAULT = "en_GB";

	private static final Map<String, Optional<Dictionary>> LOADED = new ConcurrentHashMap<>();

	private Dictionaries() {
	}

	/**
	 * The dictionary for a language tag such as "en-GB" or "en-us"; plain "en" (or none) is
	 * British English. Empty for a language there is no dictionary of, such as "fr".
	 */
	static Optional<Dictionary> forLanguage(String tag) {
		return LOADED.computeIfAbsent(dictionaryName(tag), Dictionaries::read);
	}

	/** "en_GB" for "en-GB", "en", "EN-gb" or no language; the name itself for another language ("fr"). */
	static String dictionaryName(String tag) {
		if (tag == null || tag.isBlank()) {
			return DEFAULT;
		}
		String[] parts = tag.trim().split("[-_]");
		String language = parts[0].toLowerCase(Locale.ROOT);
		if (!language.equals("en")) {
			return language;
		}
		return parts.length > 1 ? "en_" + parts[1].toUpperCase(Locale.ROOT) : DEFAULT;
	}

	private static Optional<Dictionary> read(String name) {
		ClassLoader loader = Dictionaries.class.getClassLoader();
		try (InputStream words = loader.getResourceAsStream(FOLDER + name + ".dict");
				InputStream info = loader.getResourceAsStream(FOLDER + name + ".info")) {
			if (words == null || info == null) {
				return Optional.empty();
			}
			return Optional.of(Dictionary.read(words, info));
		} catch (IOException e) {
			throw new UncheckedIOException("The spelling dictionary " + name + " cannot be read", e);
		}
	}
}
