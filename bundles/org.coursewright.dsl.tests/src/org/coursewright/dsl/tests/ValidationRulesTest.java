package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule both ways: the input that breaks it gets the exact message at the exact place,
 * and the corrected input gets nothing with that code.
 */
class ValidationRulesTest {

	@TempDir
	Path folder;

	private ModuleFixture module(String body) {
		return new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + body);
	}

	/** Line 4 is the first line after the header. */
	private static final int FIRST = 4;

	private static String at(int line, int column) {
		return "m.course:" + line + ":" + column;
	}

	@Test
	void syntaxErrorsSayWhatWasExpectedWhere() {
		ModuleFixture fixture = module("unit u1 \"U\" {\n\tsession s1 {\n\t}\n}\n");
		assertEquals(List.of("m.course:5:13: error: [syntax] A \"quoted text\" is missing before '{'."),
				fixture.problems(IssueCodes.SYNTAX));
	}

	@Test
	void anUnclosedTextBlockIsReportedAsSuch() {
		List<String> problems = module("unit u1 \"U\" { session s \"S\" {\n\"\"\"\nnever closed\n").problems(IssueCodes.SYNTAX);
		assertEquals("m.course:5:1: error: [syntax] A quoted text or \"\"\" text block is never closed: it runs to the end of the file.",
				problems.get(0));
	}

	@Test
	void unknownCitationKeysInProseArePointedAtExactly() {
		String body = "unit u \"U\" { session s \"S\" {\n\t\"\"\"\n\tAs [@known, p. 4] and [@unknown] show.\n\t\"\"\"\n} }\n"
				+ "book known { title \"K\" }\n";
		assertEquals(List.of("m.course:6:25: error: [unknown-citation] No bibliography entry has the key 'unknown'."
				+ " Add it to the bibliography or check the spelling."), module(body).problems(IssueCodes.UNKNOWN_CITATION));
		assertEquals(List.of(), module(body.replace("[@unknown]", "[@known]")).problems(IssueCodes.UNKNOWN_CITATION));
	}

	@Test
	void unknownKeysInReadingsAndQuotesAreErrors() {
		String body = "unit u \"U\" { session s \"S\" {\n\treading r from missing\n\tquote \"Q\" cite gone\n} }\n";
		assertEquals(List.of(at(FIRST + 1, 17), at(FIRST + 2, 17)), module(body).places(IssueCodes.UNKNOWN_CITATION));
		String fixed = body.replace("missing", "k").replace("gone", "k") + "book k { title \"K\" }\n";
		assertEquals(List.of(), module(fixed).places(IssueCodes.UNKNOWN_CITATION));
	}

	@Test
	void unknownOutcomesAndReadingsAreErrors() {
		String body = "unit u \"U\" { session s \"S\" {\n\tactivity a \"A\" { allow about 5 minutes serves lo1, lo7 }\n"
				+ "\tforum f \"F\" { allow about 5 minutes readings nowhere }\n} }\n";
		ModuleFixture fixture = module(body);
		assertEquals(List.of("m.course:5:53: error: [unknown-outcome] No learning outcome has the id 'lo7'."
				+ " Outcomes are declared in the module header with 'outcome lo7 \"...\"'."), fixture.problems(IssueCodes.UNKNOWN_OUTCOME));
		assertEquals(List.of(at(FIRST + 2, 47)), fixture.places(IssueCodes.UNKNOWN_READING));
		String fixed = body.replace(", lo7", "").replace("nowhere", "r") + "unit v \"V\" { session t \"T\" { reading r from k } }\n"
				+ "book k { title \"K\" }\n";
		assertEquals(List.of(), module(fixed).places(IssueCodes.UNKNOWN_OUTCOME));
		assertEquals(List.of(), module(fixed).places(IssueCodes.UNKNOWN_READING));
	}

	@Test
	void unknownCrossReferencesInProseAreErrors() {
		String body = "unit u \"U\" { session s \"S\" {\n\t\"See [[a]] and [[nothing|this]].\"\n"
				+ "\tactivity a \"A\" { allow about 5 minutes serves lo1 }\n} }\n";
		assertEquals(List.of("m.course:5:19: error: [unknown-target] Nothing in this module has the id 'nothing'."),
				module(body).problems(IssueCodes.UNKNOWN_TARGET));
		assertEquals(List.of(), module(body.replace("nothing", "a")).problems(IssueCodes.UNKNOWN_TARGET));
	}

	@Test
	void duplicateIdsAreReportedAtEveryUseAcrossFiles() {
		ModuleFixture fixture = new ModuleFixture(folder)
				.file("a.course", ModuleFixture.HEADER_WITH_OUTCOME + "unit u \"U\" { session s \"S\" { activity x \"A\" { allow about 5 minutes serves lo1 } } }\n")
				.file("b.course", "unit v \"V\" { session x \"S\" { \"Text\" } }\n");
		assertEquals(List.of(
				"a.course:4:39: error: [duplicate-id] The id 'x' is used more than once in this module (also at b.course:1)."
						+ " Ids must be unique: links, citations and tutors' adaptations refer to them.",
				"b.course:1:22: error: [duplicate-id] The id 'x' is used more than once in this module (also at a.course:4)."
						+ " Ids must be unique: links, citations and tutors' adaptations refer to them."),
				fixture.problems(IssueCodes.DUPLICATE_ID));
		fixture.file("b.course", "unit v \"V\" { session y \"S\" { \"Text\" } }\n");
		assertEquals(List.of(), fixture.problems(IssueCodes.DUPLICATE_ID));
	}

	@Test
	void aFigureNeedsADescription() {
		String body = "unit u \"U\" { session s \"S\" {\n\tfigure chart \"A chart\" { file \"c.png\" }\n} }\n";
		assertEquals(List.of("m.course:5:9: error: [missing-description] Figure 'chart' has no description. Describe what it"
				+ " shows: learners who cannot see it read or hear the description instead."),
				module(body).problems(IssueCodes.MISSING_DESCRIPTION));
		assertEquals(List.of(), module(body.replace("file \"c.png\"", "file \"c.png\" description \"Bars.\""))
				.problems(IssueCodes.MISSING_DESCRIPTION));
	}

	@Test
	void audioAndVideoNeedATranscript() {
		String body = "unit u \"U\" { session s \"S\" {\n\tvideo v1 \"V\" { file \"v.mp4\" length 2 minutes }\n"
				+ "\taudio a1 \"A\" { file \"a.mp3\" length 1 minute transcript \"\" }\n} }\n";
		assertEquals(List.of(at(FIRST + 1, 8), at(FIRST + 2, 8)), module(body).places(IssueCodes.MISSING_TRANSCRIPT));
		assertEquals("m.course:6:8: error: [missing-transcript] Audio 'a1' has no transcript. Add transcript \"\"\"...\"\"\""
				+ " so that learners who cannot hear it can follow.", module(body).problems(IssueCodes.MISSING_TRANSCRIPT).get(1));
		String fixed = body.replace("length 2 minutes", "length 2 minutes transcript \"Hello.\"").replace("transcript \"\"",
				"transcript \"Hi.\"");
		assertEquals(List.of(), module(fixed).places(IssueCodes.MISSING_TRANSCRIPT));
	}

	@Test
	void audioAndVideoNeedAFileOrAUrl() {
		String body = "unit u \"U\" { session s \"S\" {\n\tvideo v1 \"V\" { length 2 minutes transcript \"T\" }\n"
				+ "\taudio a1 \"A\" { url \"https://example.org/a.mp3\" transcript \"T\" }\n} }\n";
		assertEquals(List.of("m.course:5:8: error: [missing-media-source] Video 'v1' has neither a file nor a url, so no player"
				+ " can be shown. Add file \"media/…\" for a file in the module folder, or url \"https://…\"."),
				module(body).problems(IssueCodes.MISSING_MEDIA_SOURCE));
		assertEquals(List.of(), module(body.replace("length 2 minutes", "url \"https://example.org/v.mp4\""))
				.problems(IssueCodes.MISSING_MEDIA_SOURCE));
	}

	@Test
	void wordsOfTheLanguageAreOrdinaryIds() {
		String body = "unit assessment \"Assessment\" { session note \"Notes\" {\n"
				+ "\tactivity type \"Types\" { allow about 5 minutes serves lo1 instructions \"See [[reading]] and [[note]].\" }\n"
				+ "\treading reading from chapter chapter 2\n"
				+ "\tforum forum \"F\" { allow about 5 minutes readings reading }\n} }\n"
				+ "book chapter { author \"Day, C.\" year 2010 title \"T\" publisher \"P\" }\n";
		assertEquals(List.of(), module(body).problems());
	}

	@Test
	void unsafeLinkSchemesAreRejectedWhereverTheyAre() {
		String body = "unit u \"U\" { session s \"S\" {\n"
				+ "\t\"Click [here](javascript:alert(1)) or ![x](data:text/html,hi) or <vbscript:run>.\"\n"
				+ "\t\"Also [this](java&#115;cript:alert(1)).\"\n"
				+ "\tvideo v \"V\" { url \"JaVaScRiPt:alert(1)\" transcript \"T\" }\n} }\n"
				+ "webpage w { title \"W\" url \"javascript:void(0)\" }\n";
		ModuleFixture fixture = module(body);
		assertEquals(List.of(at(FIRST + 1, 9), at(FIRST + 1, 40), at(FIRST + 1, 67), at(FIRST + 2, 8), at(FIRST + 3, 20),
				at(FIRST + 5, 27)), fixture.places(IssueCodes.UNSAFE_LINK));
		assertEquals("m.course:5:9: error: [unsafe-link] Links with the 'javascript:' scheme are not allowed: they could run"
				+ " code in a learner's browser. Use an http or https address.", fixture.problems(IssueCodes.UNSAFE_LINK).get(0));
		String safe = "unit u \"U\" { session s \"S\" {\n\t\"[Site](https://example.org), [mail](mailto:a@example.org),"
				+ " [file](notes/a.pdf).\"\n\tvideo v \"V\" { url \"https://example.org/v.mp4\" transcript \"T\" }\n} }\n";
		assertEquals(List.of(), module(safe).places(IssueCodes.UNSAFE_LINK));
	}

	@Test
	void filesMustBeInsideTheModuleFolderAndExist() {
		String body = "unit u \"U\" { session s \"S\" {\n"
				+ "\tfigure a \"A\" { file \"../elsewhere/a.png\" description \"D\" }\n"
				+ "\tfigure b \"B\" { file \"images/missing.png\" description \"D\" }\n"
				+ "\tvideo v \"V\" { file \"/tmp/v.mp4\" captions \"v.vtt\" transcript \"T\" }\n} }\n";
		ModuleFixture fixture = module(body);
		assertEquals(List.of("m.course:5:22: error: [file-outside-module] '../elsewhere/a.png' is outside the module folder. Put the"
				+ " file in the module folder (for example in images/) and name it by a relative path.", "m.course:7:21: error:"
				+ " [file-outside-module] '/tmp/v.mp4' is outside the module folder. Put the file in the module folder (for example"
				+ " in images/) and name it by a relative path."), fixture.problems(IssueCodes.FILE_OUTSIDE_MODULE));
		assertEquals(List.of("m.course:6:22: error: [missing-file] There is no file 'images/missing.png' in the module folder.",
				"m.course:7:43: error: [missing-file] There is no file 'v.vtt' in the module folder."), fixture.problems(IssueCodes.MISSING_FILE));
		fixture.file("images/missing.png", "png").file("v.vtt", "WEBVTT\n");
		assertEquals(List.of(), fixture.problems(IssueCodes.MISSING_FILE));
	}

	@Test
	void aFileThatIsASymbolicLinkIsRefused() throws Exception {
		Path secret = Files.writeString(folder.resolveSibling(folder.getFileName() + "-secret.txt"), "not for learners");
		Path outsideFolder = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-elsewhere"));
		Files.writeString(outsideFolder.resolve("b.png"), "png");
		String body = "unit u \"U\" { session s \"S\" {\n"
				+ "\tfigure a \"A\" { file \"images/a.png\" description \"D\" }\n"
				+ "\tfigure b \"B\" { file \"linked/b.png\" description \"D\" }\n} }\n";
		ModuleFixture fixture = module(body);
		Files.createDirectories(folder.resolve("images"));
		Files.createSymbolicLink(folder.resolve("images/a.png"), secret);
		Files.createSymbolicLink(folder.resolve("linked"), outsideFolder);
		assertEquals(List.of("m.course:5:22: error: [file-is-link] 'images/a.png' is a symbolic link. Put the file itself in the"
				+ " module folder: a link could publish a file from anywhere on this machine.",
				"m.course:6:22: error: [file-is-link] 'linked/b.png' is a symbolic link. Put the file itself in the module folder:"
						+ " a link could publish a file from anywhere on this machine."),
				fixture.problems(IssueCodes.FILE_IS_LINK));
	}

	@Test
	void anActivityWithoutTimingIsAWarning() {
		String body = "unit u \"U\" { session s \"S\" {\n\tactivity a1 \"A\" { serves lo1 }\n} }\n";
		assertEquals(List.of("m.course:5:11: warning: [missing-timing] Activity 'a1' has no timing. Add a line such as"
				+ " 'allow about 30 minutes' so that learners can plan and the study time adds up."),
				module(body).problems(IssueCodes.MISSING_TIMING));
		assertEquals(List.of(), module(body.replace("serves lo1", "serves lo1 allow about 10 minutes"))
				.problems(IssueCodes.MISSING_TIMING));
	}

	@Test
	void declaredStudyHoursMustMatchTheTimingsWithinTenPercent() {
		String header = "module T100 \"T\" {\n\tstudy hours 2\n\toutcome lo1 \"O\"\n}\n";
		String units = "unit u \"U\" { session s \"S\" {\n\tactivity a \"A\" { allow about 1 hour serves lo1 }\n"
				+ "\treading r from k { allow about 30 minutes }\n\tvideo v \"V\" { length 10 minutes transcript \"T\" }\n} }\n"
				+ "book k { title \"K\" }\n";
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", header + units);
		assertEquals(List.of("m.course:2:14: warning: [study-time-mismatch] The module declares 2 study hours, but its"
				+ " activities, forum prompts, readings and media add up to 1 h 40 min (17% less; up to 10% is fine)."),
				fixture.problems(IssueCodes.STUDY_TIME_MISMATCH));
		fixture.file("m.course", header + units.replace("30 minutes", "40 minutes"));
		assertEquals(List.of(), fixture.problems(IssueCodes.STUDY_TIME_MISMATCH), "1 h 50 min is within 10% of 2 h");
	}

	@Test
	void mediaInsideAnActivityIsCoveredByTheActivitysTiming() {
		String header = "module T100 \"T\" {\n\tstudy hours 1\n\toutcome lo1 \"O\"\n}\n";
		String units = "unit u \"U\" { session s \"S\" {\n\tactivity a \"A\" { allow about 1 hour serves lo1\n"
				+ "\t\tvideo v \"V\" { length 50 minutes transcript \"T\" } }\n} }\n";
		assertEquals(List.of(), new ModuleFixture(folder).file("m.course", header + units).problems(IssueCodes.STUDY_TIME_MISMATCH));
	}

	@Test
	void anOutcomeNoActivityServesIsAWarning() {
		String header = "module T100 \"T\" {\n\toutcome lo1 \"O\"\n\toutcome lo2 \"Forgotten\"\n}\n";
		String units = "unit u \"U\" { session s \"S\" { activity a \"A\" { allow about 5 minutes serves lo1 } } }\n";
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", header + units);
		assertEquals(List.of("m.course:3:10: warning: [outcome-not-served] No activity or forum prompt serves learning"
				+ " outcome 'lo2'. Add 'serves lo2' to the activities that develop it."), fixture.problems(IssueCodes.OUTCOME_NOT_SERVED));
		fixture.file("m.course", header + units.replace("serves lo1", "serves lo1, lo2"));
		assertEquals(List.of(), fixture.problems(IssueCodes.OUTCOME_NOT_SERVED));
	}

	@Test
	void aBibliographyEntryNobodyCitesIsAWarning() {
		String body = "unit u \"U\" { session s \"S\" { \"As [@used] says.\" } }\nbook used { title \"U\" }\nbook idle { title \"I\" }\n";
		assertEquals(List.of("m.course:6:6: warning: [reference-not-cited] Nobody cites 'idle'. Cite it in prose as [@idle],"
				+ " use it in a reading, or remove it."), module(body).problems(IssueCodes.REFERENCE_NOT_CITED));
		assertEquals(List.of(), module(body.replace("[@used]", "[@used; @idle]")).problems(IssueCodes.REFERENCE_NOT_CITED));
	}

	@Test
	void emptyUnitsAndSessionsAreWarnings() {
		String body = "unit u1 \"U\" { }\nunit u2 \"V\" { session s \"S\" { } }\n";
		ModuleFixture fixture = module(body);
		assertEquals(List.of("m.course:4:6: warning: [empty-unit] Unit 'u1' has no sessions yet."), fixture.problems(IssueCodes.EMPTY_UNIT));
		assertEquals(List.of("m.course:5:23: warning: [empty-session] Session 's' has no content yet."),
				fixture.problems(IssueCodes.EMPTY_SESSION));
		ModuleFixture filled = module("unit u1 \"U\" { session s \"S\" { \"Text.\" } }\n");
		assertEquals(List.of(), filled.problems(IssueCodes.EMPTY_UNIT));
		assertEquals(List.of(), filled.problems(IssueCodes.EMPTY_SESSION));
	}

	@Test
	void aModuleNeedsExactlyOneHeader() {
		ModuleFixture fixture = new ModuleFixture(folder).file("a.course", "unit u \"U\" { session s \"S\" { \"T\" } }\n");
		assertEquals(List.of("a.course:1:1: error: [missing-module] This module has no header. Start one of the files in this"
				+ " folder with: module CODE \"Title\" { ... }"), fixture.problems(IssueCodes.MISSING_MODULE));
		fixture.file("b.course", ModuleFixture.HEADER_WITH_OUTCOME).file("c.course", "module OTHER \"Other\" { }\n");
		assertEquals(List.of(), fixture.problems(IssueCodes.MISSING_MODULE));
		assertEquals(List.of("c.course:1:8: error: [second-module] A module has one header, and this module's is already at"
				+ " b.course:1. Files of other modules belong in their own folders."), fixture.problems(IssueCodes.SECOND_MODULE));
	}

	@Test
	void incompleteEntriesAreWarnings() {
		String body = "unit u \"U\" { session s \"S\" { \"[@a; @c; @w; @ok]\" } }\n"
				+ "article a { title \"A\" }\nchapter c { title \"C\" }\nwebpage w { title \"W\" }\n"
				+ "article ok { title \"OK\" journal \"J\" }\n";
		assertEquals(List.of(at(FIRST + 1, 9), at(FIRST + 2, 9), at(FIRST + 3, 9)), module(body).places(IssueCodes.INCOMPLETE_REFERENCE));
		assertEquals("m.course:5:9: warning: [incomplete-reference] Bibliography entry 'a' needs the journal's name"
				+ " (journal \"...\") to be referenced properly.", module(body).problems(IssueCodes.INCOMPLETE_REFERENCE).get(0));
	}
}
