package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.dsl.prose.CrossReference;
import org.coursewright.dsl.prose.ProseCitation;
import org.coursewright.dsl.prose.ProseScanner;
import org.junit.jupiter.api.Test;

class ProseScannerTest {

	@Test
	void readsABracketedCitationWithPages() {
		List<ProseCitation> citations = ProseScanner.citations("as shown [@macbeath2009, p. 42].");
		assertEquals(1, citations.size());
		ProseCitation citation = citations.get(0);
		assertFalse(citation.narrative());
		CitationItem item = citation.items().get(0);
		assertEquals("macbeath2009", item.key());
		assertEquals("page", item.locatorLabel());
		assertEquals("42", item.locator());
		assertEquals(10, item.offset());
		assertEquals("[@macbeath2009, p. 42]", "as shown [@macbeath2009, p. 42].".substring(citation.offset(), citation.offset() + citation.length()));
	}

	@Test
	void readsSeveralWorksInOneCitation() {
		ProseCitation citation = ProseScanner.citations("[@a2001; @b2002, pp. 87-89; @c2003, chap. 4]").get(0);
		assertEquals(List.of("a2001", "b2002", "c2003"), citation.items().stream().map(CitationItem::key).toList());
		assertEquals("87-89", citation.items().get(1).locator());
		assertEquals("chapter", citation.items().get(2).locatorLabel());
		assertEquals("4", citation.items().get(2).locator());
		assertEquals(9, citation.items().get(1).offset());
	}

	@Test
	void readsNarrativeCitations() {
		List<ProseCitation> citations = ProseScanner.citations("@harris2009 argues, and so does @spillane2006.");
		assertEquals(2, citations.size());
		assertTrue(citations.get(0).narrative());
		assertEquals("harris2009", citations.get(0).items().get(0).key());
		assertEquals("spillane2006", citations.get(1).items().get(0).key());
		assertNull(citations.get(1).items().get(0).locator());
	}

	@Test
	void ignoresEmailAddressesAndEscapedAts() {
		assertEquals(List.of(), ProseScanner.citations("Write to tutor@example.org or use \\@handle."));
	}

	@Test
	void readsCrossReferencesWithAndWithoutLabels() {
		List<CrossReference> references = ProseScanner.crossReferences("See [[a1]] and [[lfl|leadership for learning]].");
		assertEquals(2, references.size());
		assertEquals("a1", references.get(0).id());
		assertNull(references.get(0).label());
		assertEquals(6, references.get(0).idOffset());
		assertEquals("lfl", references.get(1).id());
		assertEquals("leadership for learning", references.get(1).label());
	}

	@Test
	void aCrossReferenceIsNotACitation() {
		assertEquals(List.of(), ProseScanner.citations("See [[a1]]."));
	}
}
