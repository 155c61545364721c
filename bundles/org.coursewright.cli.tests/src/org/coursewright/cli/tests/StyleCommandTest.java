package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code coursewright style}: the style other CSL processors are given, corrections included. */
class StyleCommandTest {

	@Test
	void printsTheCorrectedStyle() {
		CommandRun run = CommandRun.of("style", "apa");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("<?xml"), run.out().substring(0, 40));
		assertTrue(run.out().contains("<term form=\"short\" name=\"editor\"><single>ed.</single><multiple>eds.</multiple></term>"),
				"APA's editors are 'Eds.' in every English locale");
		assertTrue(!run.out().contains("coursewright-"), "citeproc-java's workarounds stay out of the printed style");
	}

	@Test
	void anUnknownStyleIsABadUsage() {
		CommandRun run = CommandRun.of("style", "apa-9");
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("no CSL style is called 'apa-9'; try apa, the-open-university-harvard,"), run.err());
	}
}
