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
	void crossReferencesAllowSpacesAroundTheIdAndNeedBothClosingBrackets() {
		List<CrossReference> references = ProseScanner.crossReferences("[[ a1 ]], [[a2.x]], [[a3|open] and [[a4 | closed ]].");
		assertEquals(List.of("a1", "a4"), references.stream().map(CrossReference::id).toList());
		assertEquals(3, references.get(0).idOffset());
		assertEquals("closed", references.get(1).label()); // a label ends at the first ']'; "[[a3|open]" never closes
	}

	@Test
	void manyUnclosedBarsBeforeOneBracketFindTheOneCrossReferenceThere() {
		String prose = "[[x|".repeat(20_000) + "label]]";
		List<CrossReference> references = ProseScanner.crossReferences(prose);
		assertEquals(1, references.size());
		assertEquals(0, references.get(0).offset());
		assertEquals(prose.length(), references.get(0).length());
	}

	@Test
	void aCrossReferenceIsNotACitation() {
		assertEquals(List.of(), ProseScanner.citations("See [[a1]]."));
	}

	@Test
	void readsPrefixesLocatorsAndSuffixesAsPandocDoes() {
		ProseCitation citation = ProseScanner.citations("[see @macbeath2009, pp. 32-52, emphasis added; compare @harris2009]").get(0);
		CitationItem first = citation.items().get(0);
		assertEquals("see", first.prefix());
		assertEquals("page", first.locatorLabel());
		assertEquals("32-52", first.locator());
		assertEquals(", emphasis added", first.suffix());
		assertEquals(5, first.offset());
		CitationItem second = citation.items().get(1);
		assertEquals("compare", second.prefix());
		assertEquals("harris2009", second.key());
		assertNull(second.locator());
		assertNull(second.suffix());
	}

	@Test
	void aLocatorNeedsANumberOrALabel() {
		CitationItem unlabelled = ProseScanner.citations("[@odonoghue2010, 90]").get(0).items().get(0);
		assertEquals("page", unlabelled.locatorLabel());
		assertEquals("90", unlabelled.locator());
		CitationItem words = ProseScanner.citations("[@odonoghue2010, mild and vivid]").get(0).items().get(0);
		assertNull(words.locator());
		assertEquals(", mild and vivid", words.suffix());
		CitationItem roman = ProseScanner.citations("[@odonoghue2010, p. xii, and passim]").get(0).items().get(0);
		assertEquals("xii", roman.locator());
		assertEquals(", and passim", roman.suffix());
	}

	@Test
	void readsASecondarySource() {
		CitationItem item = ProseScanner.citations("[Harris and Muijs, as cited in @odonoghue2010, pp. 90-95]").get(0).items().get(0);
		assertEquals("Harris and Muijs", item.original());
		assertNull(item.prefix());
		assertEquals("odonoghue2010", item.key());
		assertEquals("90-95", item.locator());
		assertEquals("Harris (2005)", ProseScanner.citations("[Harris (2005) cited in @x]").get(0).items().get(0).original());
	}

	@Test
	void bracketsWithoutAKeyAndLinksAreNotCitations() {
		List<ProseCitation> partly = ProseScanner.citations("[see the notes; @a2001]");
		assertEquals(1, partly.size());
		assertTrue(partly.get(0).narrative(), "the first part cites nothing, so the bracket is text and @a2001 narrative");
		assertEquals("a2001", partly.get(0).items().get(0).key());
		assertEquals(List.of(), ProseScanner.citations("[write to @tutor](mailto:tutor@example.org)").stream()
				.filter(c -> !c.narrative()).toList());
	}
}
