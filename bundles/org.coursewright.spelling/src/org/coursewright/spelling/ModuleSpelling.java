package org.coursewright.spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.prose.ProseFeatures;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * Checks the spelling of what learners read in a module file: its prose and the titles,
 * captions and terms of its elements, in the module's language. Ids, bibliography keys,
 * cross-references, code, addresses and file names are never checked, nor are the
 * bibliography's entries (names and titles of other people's works), and neither is a
 * word in the module's word list.
 */
public final class ModuleSpelling {

	/** The short texts that learners read besides prose. */
	private static final Set<String> READ_BY_LEARNERS = Set.of("title", "caption", "term", "text");
	private static final int MAX_SUGGESTIONS = 5;

	/**
	 * What a writer puts in prose that is not words of the language: escapes, cross-references
	 * [[id]], citations [see @key, p. 3] and @key, code spans, link targets ](…), tags and
	 * autolinks <…>, addresses and e-mail addresses.
	 */
	private static final Pattern NOT_WORDS = Pattern.compile("\\\\."
			+ "|\\[\\[[^\\]]*\\]\\]"
			+ "|\\[[^\\]\\[]*@[^\\]\\[]*\\]"
			+ "|@[\\p{L}\\p{N}_:.\\-]*[\\p{L}\\p{N}_]"
			+ "|`[^`]*`"
			+ "|\\]\\([^)]*\\)"
			+ "|<[^>\\s][^>]*>"
			+ "|\\b(?:https?://|ftp://|www\\.)\\S+"
			+ "|[\\p{L}\\p{N}._%+\\-]+@[\\p{L}\\p{N}.\\-]+");
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['\u2019][\\p{L}\\p{M}]+)*");

	private final Speller speller;
	private final WordList words;
	private final String dictionaryName;

	private ModuleSpelling(Dictionary dictionary, WordList words, String dictionaryName) {
		this.speller = new Speller(dictionary);
		this.words = words;
		this.dictionaryName = dictionaryName;
	}

	/**
	 * The spelling check for a module written in the given language ("en-GB", "en-US", …; none
	 * means British English); empty for a language there is no dictionary of. Not for use by
	 * two threads at once.
	 */
	public static Optional<ModuleSpelling> of(String language, WordList words) {
		String name = Dictionaries.dictionaryName(language);
		return Dictionaries.forLanguage(language).map(dictionary -> new ModuleSpelling(dictionary, words, name.replace('_', '-')));
	}

	/** The dictionary's language, such as "en-GB": what a designer is told a word is not in. */
	public String dictionary() {
		return dictionaryName;
	}

	/** The misspelt words of a parsed file, in the order of the text. */
	public List<Misspelling> check(XtextResource resource) {
		List<Misspelling> found = new ArrayList<>();
		if (resource.getParseResult() == null) {
			return found;
		}
		ProseFeatures prose = resource.getResourceServiceProvider().get(ProseFeatures.class);
		for (var contents = resource.getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element instanceof Reference) {
				contents.prune();
				continue;
			}
			List<EAttribute> proseOfElement = prose.of(element);
			for (EStructuralFeature feature : element.eClass().getEAllAttributes()) {
				if (isReadByLearners(feature, proseOfElement)) {
					for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
						for (ILeafNode leaf : node.getLeafNodes()) {
							if (!leaf.isHidden()) {
								check(leaf.getText(), leaf.getOffset(), found);
							}
						}
					}
				}
			}
		}
		found.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
		return found;
	}

	private static boolean isReadByLearners(EStructuralFeature feature, List<EAttribute> proseOfElement) {
		return proseOfElement.contains(feature) || feature.getEType().getInstanceClass() == String.class
				&& READ_BY_LEARNERS.contains(feature.getName());
	}

	/** Checks the words of a piece of source text that starts at the given offset of the file. */
	void check(String text, int offset, List<Misspelling> found) {
		Matcher skipped = NOT_WORDS.matcher(text);
		int from = 0;
		while (from < text.length()) {
			int to = skipped.find(from) ? skipped.start() : text.length();
			checkWords(text, from, to, offset, found);
			from = to < text.length() ? Math.max(skipped.end(), to + 1) : to;
		}
	}

	private void checkWords(String text, int from, int to, int offset, List<Misspelling> found) {
		Matcher word = WORD.matcher(text).region(from, to);
		while (word.find()) {
			String candidate = word.group();
			if (isMisspelt(candidate)) {
				found.add(new Misspelling(offset + word.start(), candidate.length(), candidate));
			}
		}
	}

	/**
	 * Words with digits (years, "2010s"), single letters and all-capital abbreviations, with or
	 * without a possessive, are not words a dictionary knows.
	 */
	boolean isMisspelt(String word) {
		String plain = word.replace('\u2019', '\'');
		String stem = plain.endsWith("'s") ? plain.substring(0, plain.length() - 2) : plain; // "NCSL's"
		if (stem.length() < 2 || stem.chars().anyMatch(Character::isDigit) || stem.chars().noneMatch(Character::isLowerCase)) {
			return false;
		}
		// the dictionaries list no possessives: "school's" is right when "school" is
		return !words.contains(plain) && !words.contains(stem) && speller.isMisspelled(plain) && speller.isMisspelled(stem);
	}

	/**
	 * The likeliest corrections, best first, written as the word was: capitalised when it was
	 * (a sentence's first word, "Teh" gives "The"), with its kind of apostrophe. None for a word
	 * the dictionary knows.
	 */
	public List<String> suggestions(String word) {
		String plain = word.replace('\u2019', '\'');
		boolean capitalised = Character.isUpperCase(word.codePointAt(0));
		return speller.findReplacements(plain).stream()
				.map(s -> capitalised ? s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1) : s)
				.map(s -> word.indexOf('\u2019') >= 0 ? s.replace('\'', '\u2019') : s)
				.distinct().limit(MAX_SUGGESTIONS).toList();
	}
}
