package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.references.References;
import org.coursewright.publish.references.UnknownStyleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries and citations as the styles' own guides print them (APA 7th edition, Cite Them
 * Right Harvard, Chicago author-date), for the kinds of work courses cite most.
 */
class ReferencesTest {

	@TempDir
	Path folder;

	private static final String ENTRIES = """
			article neumerski2013 {
				author "Neumerski, Christine M."
				year 2013
				title "Rethinking instructional leadership, a review: What do we know about principal, teacher, and coach instructional leadership, and where should we go from here?"
				journal "Educational Administration Quarterly"
				volume 49
				issue 2
				pages 310-347
				doi "10.1177/0013161X12456700"
			}
			chapter leithwood2005 {
				author "Leithwood, Kenneth", "Riehl, Carolyn"
				editor "Firestone, William A.", "Riehl, Carolyn"
				year 2005
				title "What we know about successful school leadership"
				in "A new agenda for research in educational leadership"
				pages 12-27
				publisher "Teachers College Press"
			}
			webpage wenger2015 {
				author "Wenger-Trayner, Etienne", "Wenger-Trayner, Beverly"
				year 2015
				title "Introduction to communities of practice: A brief overview of the concept and its uses"
				url "https://www.wenger-trayner.com/introduction-to-communities-of-practice/"
			}
			chapter day2007 {
				author "Day, Christopher"
				editor "Firestone, William A."
				year 2007
				title "Sustaining success in challenging contexts: Leadership in English schools"
				in "Successful principal leadership in times of change"
				pages 59-70
				publisher "Springer"
			}
			article leithwood2008 {
				author "Leithwood, Kenneth", "Harris, Alma", "Hopkins, David"
				year 2008
				title "Seven strong claims about successful school leadership"
				journal "School Leadership & Management"
				volume 28
				issue 1
				pages 27-42
			}
			book spillane2006 {
				author "Spillane, James P."
				year 2006
				title "Distributed leadership"
				publisher "Jossey-Bass"
			}
			report ou2020 {
				author "The Open University"
				year 2020
				title "Learning design at scale"
				publisher "The Open University"
				place "Milton Keynes"
			}
			book macbeath2009 {
				editor "MacBeath, John", "Dempster, Neil"
				year 2009
				title "Connecting leadership and learning: Principles for practice"
				publisher "Routledge"
			}
			""";

	private References references(String style, String language) throws UnknownStyleException {
		CourseModule module = new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER + ENTRIES).load().model();
		List<Reference> entries = module.references();
		return References.of(entries, style, language);
	}

	@Test
	void apaJournalArticleWithDoi() throws Exception {
		assertEquals("Neumerski, C. M. (2013). Rethinking instructional leadership, a review: What do we know about principal,"
				+ " teacher, and coach instructional leadership, and where should we go from here? <i>Educational Administration"
				+ " Quarterly</i>, <i>49</i>(2), 310–347. https://doi.org/10.1177/0013161X12456700",
				references("apa", "en-US").entry("neumerski2013"));
	}

	@Test
	void apaWebPage() throws Exception {
		assertEquals("Wenger-Trayner, E., &amp; Wenger-Trayner, B. (2015). <i>Introduction to communities of practice: A brief"
				+ " overview of the concept and its uses</i>. https://www.wenger-trayner.com/introduction-to-communities-of-practice/",
				references("apa", "en-US").entry("wenger2015"));
	}

	@Test
	void apaEditedBook() throws Exception {
		assertEquals("MacBeath, J., &amp; Dempster, N. (Eds.). (2009). <i>Connecting leadership and learning: Principles for"
				+ " practice</i>. Routledge.", references("apa", "en-US").entry("macbeath2009"));
	}

	/** APA 7 abbreviates editors "(Ed.)" and "(Eds.)" in every variety of English. */
	@Test
	void apaChapterInAnEditedBook() throws Exception {
		for (String language : List.of("en-US", "en-GB")) {
			References apa = references("apa", language);
			assertEquals("Leithwood, K., &amp; Riehl, C. (2005). What we know about successful school leadership. In W. A. Firestone"
					+ " &amp; C. Riehl (Eds.), <i>A new agenda for research in educational leadership</i> (pp. 12–27). Teachers"
					+ " College Press.", apa.entry("leithwood2005"), language);
			assertEquals("Day, C. (2007). Sustaining success in challenging contexts: Leadership in English schools. In W. A."
					+ " Firestone (Ed.), <i>Successful principal leadership in times of change</i> (pp. 59–70). Springer.",
					apa.entry("day2007"), language);
		}
	}

	/** en-GB puts a comma after a quoted title outside the closing quote; OU Harvard printed it inside. */
	@Test
	void britishStylesPutPunctuationOutsideQuotes() throws Exception {
		assertEquals("Leithwood, K. and Riehl, C. (2005) ‘What we know about successful school leadership’, in Firestone, W. A. and"
				+ " Riehl, C. (eds), <i>A new agenda for research in educational leadership</i>, Teachers College Press, pp. 12–27.",
				references("the-open-university-harvard", "en-GB").entry("leithwood2005"));
		assertEquals("Leithwood, K. and Riehl, C. (2005) ‘What we know about successful school leadership’, in W.A. Firestone and"
				+ " C. Riehl (eds) <i>A new agenda for research in educational leadership</i>. Teachers College Press, pp. 12–27.",
				references("harvard-cite-them-right", "en-GB").entry("leithwood2005"));
	}

	/**
	 * APA 7 §9.46: the same first author, then the following authors' surnames; "&amp;" does not
	 * come first. A group author sorts by its name as written, "The" included, as citeproc-js does.
	 */
	@Test
	void apaOrdersWorksOfOneFirstAuthorByTheFollowingAuthors() throws Exception {
		assertEquals(List.of("day2007", "leithwood2008", "leithwood2005", "macbeath2009", "neumerski2013", "spillane2006",
				"ou2020", "wenger2015"), references("apa", "en-GB").bibliography().stream().map(e -> e.key()).toList());
	}

	/** APA 7 §8.13 abbreviates only page and paragraph locators. */
	@Test
	void apaWritesChapterLocatorsInFull() throws Exception {
		References apa = references("apa", "en-US");
		assertEquals("(Spillane, 2006, Chapter 3)", apa.citation(List.of(new CitationItem("spillane2006", "chapter", "3", 0, 0))));
		assertEquals("(Spillane, 2006, para. 4)", apa.citation(List.of(new CitationItem("spillane2006", "paragraph", "4", 0, 0))));
		assertEquals("(Day, 2007, p. 60; Spillane, 2006, Chapter 3)", apa.citation(List.of(
				new CitationItem("spillane2006", "chapter", "3", 0, 0), new CitationItem("day2007", "page", "60", 0, 0))));
	}

	@Test
	void prefixesSuffixesAndSecondarySources() throws Exception {
		CitationItem see = new CitationItem("macbeath2009", "page", "32-52", "see", null, null, 0, 0);
		CitationItem compare = new CitationItem("neumerski2013", null, null, "compare", ", for a review", null, 0, 0);
		assertEquals("(see MacBeath &amp; Dempster, 2009, pp. 32–52; compare Neumerski, 2013, for a review)",
				references("apa", "en-US").citation(List.of(see, compare)));
		CitationItem secondary = new CitationItem("leithwood2005", "page", "12-14", null, null, "Harris and Muijs", 0, 0);
		assertEquals("(Harris and Muijs, as cited in Leithwood &amp; Riehl, 2005, pp. 12–14)",
				references("apa", "en-US").citation(List.of(secondary)));
		assertEquals("(Harris and Muijs, cited in Leithwood and Riehl, 2005, pp. 12–14)",
				references("the-open-university-harvard", "en-GB").citation(List.of(secondary)));
		assertEquals("(Harris and Muijs, quoted in Leithwood and Riehl 2005, 12–14)",
				references("chicago-author-date", "en-US").citation(List.of(secondary)));
	}

	/** Cite Them Right sorts the works of one citation oldest first; APA as its reference list. */
	@Test
	void worksOfOneCitationFollowTheStylesCitationSort() throws Exception {
		List<CitationItem> written = List.of(new CitationItem("neumerski2013", null, null, 0, 0),
				new CitationItem("spillane2006", null, null, 0, 0));
		assertEquals("(Spillane, 2006; Neumerski, 2013)", references("harvard-cite-them-right", "en-GB").citation(written));
		assertEquals("(Neumerski, 2013; Spillane, 2006)", references("apa", "en-GB").citation(written));
	}

	/** Organisations are written without a comma and are never split into family and given names. */
	@Test
	void organisationsAsAuthorsInEveryStyle() throws Exception {
		CitationItem ou = new CitationItem("ou2020", null, null, 0, 0);
		assertEquals("The Open University. (2020). <i>Learning design at scale</i>. The Open University.",
				references("apa", "en-GB").entry("ou2020"));
		assertEquals("(The Open University, 2020)", references("apa", "en-GB").citation(List.of(ou)));
		assertEquals("The Open University (2020) <i>Learning design at scale</i>, Milton Keynes, The Open University.",
				references("the-open-university-harvard", "en-GB").entry("ou2020"));
		assertEquals("(The Open University, 2020)", references("the-open-university-harvard", "en-GB").citation(List.of(ou)));
		assertEquals("(The Open University, 2020)", references("harvard-cite-them-right", "en-GB").citation(List.of(ou)));
		assertEquals("(The Open University 2020)", references("chicago-author-date", "en-US").citation(List.of(ou)));
	}

	@Test
	void apaCitationsWithLocators() throws Exception {
		References apa = references("apa", "en-US");
		assertEquals("(MacBeath &amp; Dempster, 2009, p. 42)", apa.citation(List.of(new CitationItem("macbeath2009", "page", "42", 0, 0))));
		assertEquals("(Leithwood &amp; Riehl, 2005, pp. 12–14; Neumerski, 2013)", apa.citation(List.of(
				new CitationItem("leithwood2005", "page", "12-14", 0, 0), new CitationItem("neumerski2013", null, null, 0, 0))));
		assertEquals("MacBeath and Dempster (2009, p. 42)", apa.narrative(new CitationItem("macbeath2009", "page", "42", 0, 0)));
	}

	@Test
	void harvardAndChicagoCitations() throws Exception {
		CitationItem page42 = new CitationItem("macbeath2009", "page", "42", 0, 0);
		assertEquals("(MacBeath and Dempster, 2009, p. 42)", references("harvard-cite-them-right", "en-GB").citation(List.of(page42)));
		assertEquals("(MacBeath and Dempster 2009, 42)", references("chicago-author-date", "en-US").citation(List.of(page42)));
	}

	@Test
	void anUnknownStyleIsNamed() {
		UnknownStyleException e = org.junit.jupiter.api.Assertions.assertThrows(UnknownStyleException.class, () -> references("apa-9", "en-GB"));
		assertEquals("There is no citation style called 'apa-9'. Use a CSL style name such as apa, harvard-cite-them-right or"
				+ " chicago-author-date.", e.getMessage());
	}

	@Test
	void aReferenceEditedSinceTheLastFormattingIsFormattedAfresh() throws Exception {
		assertEquals("(Neumerski, 2013)", references("apa", "en-US").citation(List.of(new CitationItem("neumerski2013", null, null, 0, 0))));
		CourseModule edited = new ModuleFixture(folder.resolve("edited"))
				.file("m.course", ModuleFixture.HEADER + ENTRIES.replace("year 2013", "year 2014")).load().model();
		References again = References.of(edited.references(), "apa", "en-US");
		assertEquals("(Neumerski, 2014)", again.citation(List.of(new CitationItem("neumerski2013", null, null, 0, 0))));
		assertEquals(true, again.entry("neumerski2013").startsWith("Neumerski, C. M. (2014)."));
	}

	@Test
	void worksBySameAuthorsInOneYearAreLettered() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("lettered")).file("m.course", ModuleFixture.HEADER + """
				chapter leithwood2005t {
					author "Leithwood, Kenneth", "Jantzi, Doris"
					editor "Davies, Brent"
					year 2005
					title "Transformational leadership"
					in "The essentials of school leadership"
					pages 31-43
					publisher "Paul Chapman"
				}
				article leithwood2005r {
					author "Leithwood, Kenneth", "Jantzi, Doris"
					year 2005
					title "A review of transformational school leadership research 1996-2005"
					journal "Leadership and Policy in Schools"
					volume 4
					issue 3
					pages 177-199
				}
				article neumerski2013 {
					author "Neumerski, Christine M."
					year 2013
					title "Rethinking instructional leadership"
					journal "Educational Administration Quarterly"
				}
				""").load().model();
		References references = References.of(module.references(), "apa", "en-US");

		assertEquals(List.of("leithwood2005r", "leithwood2005t", "neumerski2013"),
				references.bibliography().stream().map(e -> e.key()).toList());
		assertEquals("Leithwood, K., &amp; Jantzi, D. (2005a). A review of transformational school leadership research 1996-2005."
				+ " <i>Leadership and Policy in Schools</i>, <i>4</i>(3), 177–199.", references.entry("leithwood2005r"));
		assertEquals("(Leithwood &amp; Jantzi, 2005b, p. 35)",
				references.citation(List.of(new CitationItem("leithwood2005t", "page", "35", 0, 0))));
		assertEquals("(Neumerski, 2013)", references.citation(List.of(new CitationItem("neumerski2013", null, null, 0, 0))));
		assertEquals(false, references.cslJson().contains("year-suffix"), "the exported bibliography is the one written");
	}

	/**
	 * Processors are kept from one module to the next (making one is slow); nothing of the first
	 * module's works may show in the second's, even under the same key and with the same
	 * labels, and the first still reads its own works afterwards.
	 */
	@Test
	void modulesFormattedInTurnEachShowTheirOwnWorks() throws Exception {
		CourseModule first = new ModuleFixture(folder.resolve("first")).file("m.course", ModuleFixture.HEADER + """
				book shared {
					author "Harris, Alma"
					year 2008
					title "Distributed school leadership"
					publisher "Routledge"
				}
				""").load().model();
		CourseModule second = new ModuleFixture(folder.resolve("second")).file("m.course", ModuleFixture.HEADER + """
				book shared {
					author "Spillane, James P."
					year 2006
					title "Distributed leadership"
					publisher "Jossey-Bass"
				}
				""").load().model();
		CitationItem page7 = new CitationItem("shared", "page", "7", 0, 0);

		References harris = References.of(first.references(), "apa", "en-GB");
		assertEquals("(Harris, 2008, p. 7)", harris.citation(List.of(page7)));
		References spillane = References.of(second.references(), "apa", "en-GB");
		assertEquals("(Spillane, 2006, p. 7)", spillane.citation(List.of(page7)));
		assertEquals("Spillane, J. P. (2006). <i>Distributed leadership</i>. Jossey-Bass.", spillane.entry("shared"));
		assertEquals("(Harris, 2008, p. 7)", harris.citation(List.of(page7)));
	}

	/** APA 7 §8.20: first authors who share a surname are cited with their initials; the list keeps the names as written. */
	@Test
	void firstAuthorsSharingASurnameAreCitedWithInitials() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("initials")).file("m.course", ModuleFixture.HEADER + """
				article robinson2008 {
					author "Robinson, Viviane M. J.", "Lloyd, Claire A.", "Rowe, Kenneth J."
					year 2008
					title "The impact of leadership on student outcomes"
					journal "Educational Administration Quarterly"
				}
				webpage robinson2006 {
					author "Robinson, Ken"
					year 2006
					title "Do schools kill creativity?"
					url "https://www.ted.com/talks/sir_ken_robinson_do_schools_kill_creativity"
				}
				""").load().model();
		References references = References.of(module.references(), "apa", "en-GB");
		CitationItem page664 = new CitationItem("robinson2008", "page", "664", 0, 0);

		// citations and the list asked for in turn from one formatter: each keeps its own form
		assertEquals("(V. M. J. Robinson et al., 2008, p. 664)", references.citation(List.of(page664)));
		assertEquals("K. Robinson (2006)", references.narrative(new CitationItem("robinson2006", null, null, 0, 0)));
		String entry = references.entry("robinson2008");
		assertEquals(true, entry.startsWith("Robinson, V. M. J., Lloyd, C. A., &amp; Rowe, K. J. (2008)."), entry);
		assertEquals("(V. M. J. Robinson et al., 2008, p. 664)", references.citation(List.of(page664)));
	}

	/** APA 7 §8.12: works cited together appear in reference list order, whatever order they were written in. */
	@Test
	void worksCitedTogetherFollowTheReferenceList() throws Exception {
		assertEquals("(MacBeath &amp; Dempster, 2009; Neumerski, 2013)", references("apa", "en-US").citation(
				List.of(new CitationItem("neumerski2013", null, null, 0, 0), new CitationItem("macbeath2009", null, null, 0, 0))));
	}

	/** Styles print editions as ordinals from the locale's terms: "5th ed.", "21st edn", "12th ed.". */
	@Test
	void editionsAreOrdinals() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("editions")).file("m.course", ModuleFixture.HEADER + """
				book bush2020 { author "Bush, Tony" year 2020 title "Theories of educational leadership and management" edition "5" publisher "Sage" }
				book bush2021 { author "Bush, Tony" year 2021 title "Leadership" edition "21" publisher "Sage" }
				book bush2022 { author "Bush, Tony" year 2022 title "Management" edition "12" publisher "Sage" }
				""").load().model();
		References apa = References.of(module.references(), "apa", "en-US");
		assertEquals("Bush, T. (2020). <i>Theories of educational leadership and management</i> (5th ed.). Sage.", apa.entry("bush2020"));
		assertEquals("Bush, T. (2022). <i>Management</i> (12th ed.). Sage.", apa.entry("bush2022"));
		assertEquals("Bush, T. (2021) <i>Leadership</i>, 21st edn, Sage.",
				References.of(module.references(), "the-open-university-harvard", "en-GB").entry("bush2021"));
		assertEquals(true, apa.cslJson().contains("\"edition\":\"5\""), "the exported bibliography is the one written");
	}

	/** APA 7 §9.46-9.47: an edited book sorts by its editors' names like their own works, by year; "(Ed.)" plays no part. */
	@Test
	void anEditedBookSortsWithItsEditorsOwnWorks() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("edited")).file("m.course", ModuleFixture.HEADER + """
				book day2010 { author "Day, Christopher" year 2010 title "New understandings of teacher effectiveness" publisher "Springer" }
				book day2000 { editor "Day, Christopher" year 2000 title "Leading schools in times of change" publisher "Open University Press" }
				""").load().model();
		assertEquals(List.of("day2000", "day2010"),
				References.of(module.references(), "apa", "en-US").bibliography().stream().map(e -> e.key()).toList());
	}

	/**
	 * CSL §Sorting: names in a sort key are shortened as the list shortens them, without "et al.":
	 * Cite Them Right lists "Ainscow et al. (2009)" by "Ainscow" and its year, before "Ainscow (2015)".
	 */
	@Test
	void sortKeysShortenNamesAsTheListDoesWithoutEtAl() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("etal")).file("m.course", ModuleFixture.HEADER + """
				webpage ainscow2015 { author "Ainscow, Mel" year 2015 title "Notes on inclusion" url "https://example.org/notes" }
				article ainscow2009 {
					author "Ainscow, Mel", "Booth, Tony", "Dyson, Alan", "Farrell, Peter"
					year 2009
					title "Improving schools, developing inclusion"
					journal "Support for Learning"
					volume 24
					issue 1
					pages 3-9
				}
				""").load().model();
		References ctr = References.of(module.references(), "harvard-cite-them-right", "en-GB");
		assertEquals(List.of("ainscow2009", "ainscow2015"), ctr.bibliography().stream().map(e -> e.key()).toList());
		assertEquals("Ainscow, M. <i>et al.</i> (2009) ‘Improving schools, developing inclusion’, <i>Support for Learning</i>, 24(1), pp. 3–9.",
				ctr.entry("ainscow2009"));
	}

	/**
	 * Chicago sorts works of the same authors and year by title, quotation marks aside, and letters
	 * them in that order (CMOS 18 §13.114): "A review …" 2005a, "Linking …" 2005b, "Transformational …" 2005c.
	 */
	@Test
	void chicagoLettersSameYearWorksInTitleOrder() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("chicago")).file("m.course", ModuleFixture.HEADER + """
				book transformational { author "Leithwood, Kenneth", "Jantzi, Doris" year 2005 title "Transformational leadership" publisher "Paul Chapman" }
				article review { author "Leithwood, Kenneth", "Jantzi, Doris" year 2005 title "A review of transformational school leadership research" journal "Leadership and Policy in Schools" }
				article linking { author "Leithwood, Kenneth", "Jantzi, Doris" year 2005 title "Linking leadership to student learning" journal "Leadership and Policy in Schools" }
				""").load().model();
		References chicago = References.of(module.references(), "chicago-author-date", "en-US");
		assertEquals(List.of("review", "linking", "transformational"), chicago.bibliography().stream().map(e -> e.key()).toList());
		assertEquals("(Leithwood and Jantzi 2005c, 10)",
				chicago.citation(List.of(new CitationItem("transformational", "page", "10", 0, 0))));
		assertEquals("Leithwood, Kenneth, and Doris Jantzi. 2005a. “A Review of Transformational School Leadership Research.”"
				+ " <i>Leadership and Policy in Schools</i>.", chicago.entry("review"));
	}

	/** APA 7 §9.8: with 21 or more authors, the first 19, an ellipsis and the last (CSL et-al-use-last). */
	@Test
	void apaListsTheFirstNineteenAuthorsThenTheLast() throws Exception {
		StringBuilder authors = new StringBuilder();
		for (int i = 1; i <= 22; i++) {
			authors.append(i == 1 ? "" : ", ").append("\"Author").append((char) ('A' + i - 1)).append(", Ann\"");
		}
		CourseModule module = new ModuleFixture(folder.resolve("many")).file("m.course", ModuleFixture.HEADER
				+ "article many { author " + authors + " editor \"Smith, Jo\" year 2014 title \"A large study\" journal \"Science\" }\n")
				.load().model();
		String entry = References.of(module.references(), "apa", "en-US").entry("many");
		assertEquals("AuthorA, A., AuthorB, A., AuthorC, A., AuthorD, A., AuthorE, A., AuthorF, A., AuthorG, A., AuthorH, A.,"
				+ " AuthorI, A., AuthorJ, A., AuthorK, A., AuthorL, A., AuthorM, A., AuthorN, A., AuthorO, A., AuthorP, A.,"
				+ " AuthorQ, A., AuthorR, A., AuthorS, A., … AuthorV, A. (2014). A large study. <i>Science</i>.", entry);
		assertEquals("(AuthorA et al., 2014)", References.of(module.references(), "apa", "en-US")
				.citation(List.of(new CitationItem("many", null, null, 0, 0))));
	}

	/** CMOS 18 §8.160: title case leaves prepositions in lower case, "about" and "above" too. */
	@Test
	void chicagoTitleCaseKeepsEveryPrepositionLowerCase() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("about")).file("m.course", ModuleFixture.HEADER + """
				book talking { author "Southworth, Owen" year 2012 title "Talking about student voice: About what lies above" publisher "TED" }
				book written { author "Southworth, Owen" year 2013 title "Talking About Student Voice" publisher "TED" }
				""").load().model();
		assertEquals("Southworth, Owen. 2012. <i>Talking about Student Voice: About What Lies Above</i>. TED.",
				References.of(module.references(), "chicago-author-date", "en-US").entry("talking"));
		assertEquals("Southworth, O. (2013). <i>Talking About Student Voice</i>. TED.",
				References.of(module.references(), "apa", "en-US").entry("written"), "a title as written stays as written");
	}

	/**
	 * CSL collapse="year" (APA 7 §8.12): works of the same authors cited together print the
	 * names once, in the order written where the style's sort does not tell them apart; a style
	 * that does not sort the works of a citation (Chicago) only joins neighbours.
	 */
	@Test
	void worksOfTheSameAuthorsInOneCitationPrintTheNamesOnce() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("collapse")).file("m.course", ModuleFixture.HEADER + """
				book transformational { author "Leithwood, Kenneth", "Jantzi, Doris" year 2005 title "Transformational leadership" publisher "Paul Chapman" }
				article linking { author "Leithwood, Kenneth", "Jantzi, Doris" year 2005 title "Linking leadership to student learning" journal "Leadership and Policy in Schools" }
				book spillane2006 { author "Spillane, James P." year 2006 title "Distributed leadership" publisher "Jossey-Bass" }
				""").load().model();
		List<CitationItem> cited = List.of(new CitationItem("transformational", null, null, 0, 0),
				new CitationItem("spillane2006", null, null, 0, 0), new CitationItem("linking", "page", "5", 0, 0));
		References apa = References.of(module.references(), "apa", "en-US");
		assertEquals("(Leithwood &amp; Jantzi, 2005b, 2005a, p. 5; Spillane, 2006)", apa.citation(cited));
		assertEquals(List.of(true, false, true), apa.cluster(cited).works().stream().map(w -> w.namesShown()).toList());
		assertEquals("(Leithwood and Jantzi 2005b; Spillane 2006; Leithwood and Jantzi 2005a, 5)",
				References.of(module.references(), "chicago-author-date", "en-US").citation(cited));
		assertEquals("(Leithwood and Jantzi 2005b, 2005a, 5)", References.of(module.references(), "chicago-author-date", "en-US")
				.citation(List.of(cited.get(0), cited.get(2))));
	}
}
