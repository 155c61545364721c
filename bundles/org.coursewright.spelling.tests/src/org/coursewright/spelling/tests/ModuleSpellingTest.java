package org.coursewright.spelling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.spelling.Misspelling;
import org.coursewright.spelling.ModuleSpelling;
import org.coursewright.spelling.WordList;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spelling of what learners read, in the module's language, with the team's word list. */
class ModuleSpellingTest {

	@TempDir
	Path folder;

	private static final String UNIT = """
			unit practices "Leadership practises in schools" {
				session evidence "What the evidance says" {
					\"""
					Leaders shape the conditions in which teachers teach [@leithwood2008, p. 5].
					See [[rank-dimensions]] and `serves lo1`, or https://example.org/recieve-this
					and write to the tutor@example.org team. The NCSL's colour charts from
					the 1990s and wellbeing matter; Sammons' view is recieved well.
					\"""

					activity rank-dimensions "Rank the dimensoins" {
						type reflection
						allow about 20 minutes
						instructions "Think about your own setting."
					}
				}
			}
			""";

	private static final String BIBLIOGRAPHY = """
			bibliography {
				leithwood2008 article {
					author "Leithwood, Kenneth"
					title "Seven strong claimz about successful school leadership"
					journal "School Leadership and Management"
					year 2008
				}
			}
			""";

	@Test
	void findsTheMisspeltWordsOfTitlesAndProseAtTheirPlaces() {
		List<String> found = misspelt("en-GB", WordList.empty());
		// columns count a tab as one; a name (Sammons) is misspelt until the team lists it, an
		// abbreviation (NCSL's), a year, an id, a key, code, an address and the bibliography never are
		assertEquals(List.of("2:29 evidance", "7:35 Sammons", "7:52 recieved", "10:38 dimensoins"), found);
	}

	@Test
	void americanEnglishFlagsBritishSpellings() {
		List<String> found = misspelt("en-US", WordList.empty());
		assertEquals(List.of("1:28 practises", "2:29 evidance", "6:55 colour", "7:35 Sammons", "7:52 recieved", "10:38 dimensoins"), found);
	}

	@Test
	void theModulesWordListIsAccepted() {
		WordList words = WordList.parse("# our words\nevidance\nSammons\nDimensoins\n");
		// a capitalised entry is a name: it does not make the word right in lower case
		assertEquals(List.of("7:52 recieved", "10:38 dimensoins"), misspelt("en-GB", words));
	}

	@Test
	void suggestionsPutTheLikeliestCorrectionFirst() {
		ModuleSpelling spelling = ModuleSpelling.of("en-GB", WordList.empty()).orElseThrow();
		assertEquals("evidence", spelling.suggestions("evidance").get(0));
		assertTrue(spelling.suggestions("recieved").contains("received"), spelling.suggestions("recieved").toString());
		// a sentence's first word keeps its capital
		assertEquals("The", spelling.suggestions("Teh").get(0), spelling.suggestions("Teh").toString());
	}

	@Test
	void aLanguageWithoutADictionaryIsNotChecked() {
		assertTrue(ModuleSpelling.of("fr", WordList.empty()).isEmpty());
		assertTrue(ModuleSpelling.of(null, WordList.empty()).isPresent(), "no language is British English");
	}

	@Test
	void aWordIsAddedToTheWordListInAlphabeticalOrderKeepingTheTeamsLines() {
		String list = WordList.withWord(null, "wellbeing");
		assertEquals("# Words the spelling check accepts in this module, one a line; shared by the course team.\nwellbeing\n", list);
		String more = WordList.withWord("# names\nMuijs\nSammons\n", "Robinson");
		assertEquals("# names\nMuijs\nRobinson\nSammons\n", more);
		assertEquals(more, WordList.withWord(more, "Robinson"), "a listed word is not added twice");
	}

	@Test
	void theWordListIsReadFromTheModuleFolder() {
		new ModuleFixture(folder).file(WordList.FILE_NAME, "recieved\n");
		assertTrue(WordList.of(folder).contains("recieved"));
		assertFalse(WordList.of(folder.resolve("elsewhere")).contains("recieved"), "another folder has no word list");
	}

	/** "line:column word" of each misspelt word in the unit file. */
	private List<String> misspelt(String language, WordList words) {
		LoadedModule module = new ModuleFixture(folder).file("00-module.course", """
				module T100 "Test module" {
					language "%s"
				}
				""".formatted(language)).file("01-unit.course", UNIT).file("bibliography.course", BIBLIOGRAPHY).load();
		XtextResource unit = module.resource(folder.resolve("01-unit.course")).orElseThrow();
		XtextResource bibliography = module.resource(folder.resolve("bibliography.course")).orElseThrow();
		ModuleSpelling spelling = ModuleSpelling.of(language, words).orElseThrow();
		assertEquals(List.of(), spelling.check(bibliography), "the bibliography's titles are other people's");
		return spelling.check(unit).stream().map(m -> place(unit, m)).toList();
	}

	private static String place(XtextResource resource, Misspelling misspelling) {
		var line = NodeModelUtils.getLineAndColumn(resource.getParseResult().getRootNode(), misspelling.offset());
		return line.getLine() + ":" + line.getColumn() + " " + misspelling.word();
	}
}
