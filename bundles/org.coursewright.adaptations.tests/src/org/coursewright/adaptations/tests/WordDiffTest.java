package org.coursewright.adaptations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coursewright.adaptations.changes.WordDiff;
import org.junit.jupiter.api.Test;

/** The word-level difference a tutor reads when the module team changed a text the tutor changed too. */
class WordDiffTest {

	@Test
	void aReplacedWordIsShownRemovedThenAdded() {
		assertEquals("Rank [-the-] {+all+} five dimensions", WordDiff.of("Rank the five dimensions", "Rank all five dimensions"));
	}

	@Test
	void addedSentencesAtTheEndAreOneRun() {
		assertEquals("Rank them. {+Then compare your ranking with the chart.+}",
				WordDiff.of("Rank them.", "Rank them.\n  Then compare your ranking with the chart."));
	}

	@Test
	void removedAndAddedRunsKeepTheirPlaces() {
		assertEquals("Post [-about 300-] {+200-400+} words and reply to [-two-] {+three+} peers.",
				WordDiff.of("Post about 300 words and reply to two peers.", "Post 200-400 words and reply to three peers."));
	}

	@Test
	void lineBreaksAndIndentationAreNotChanges() {
		assertEquals("One two three", WordDiff.of("One two\n\t\tthree", "One   two three"));
		assertEquals("{+New text.+}", WordDiff.of("", "New text."));
		assertEquals("[-Old text.-]", WordDiff.of("Old text.", null));
	}
}
