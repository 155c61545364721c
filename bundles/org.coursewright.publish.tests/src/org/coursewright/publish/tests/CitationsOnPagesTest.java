package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.site.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Citations as a learner meets them on a page: what they say, where each work links, which works are listed. */
class CitationsOnPagesTest {

	@TempDir
	static Path folder;

	private static SiteFiles site;

	@BeforeAll
	static void publish() throws Exception {
		CourseModule module = new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER + """
				unit u1 "Unit" {
					session s1 "Session" {
						\"\"\"
						Leadership is shared [@harris2008; @spillane2006]. See [see @spillane2006, chap. 3, for the model].
						[Harris and Muijs, cited in @odonoghue2010, pp. 90-95] found the same.
						\"\"\"
						reading r1 from macbeath2009 chapter 3
					}
				}
				book harris2008 { author "Harris, Alma" year 2008 title "Distributed school leadership" publisher "Routledge" }
				book spillane2006 { author "Spillane, James P." year 2006 title "Distributed leadership" publisher "Jossey-Bass" }
				article odonoghue2010 {
					author "O'Donoghue, Tom", "Clarke, Simon"
					year 2010
					title "Leading learning"
					journal "Journal of Educational Administration"
				}
				book macbeath2009 { editor "MacBeath, John", "Dempster, Neil" year 2009 title "Connecting leadership and learning" publisher "Routledge" }
				book uncited2001 { author "Nobody, Noel" year 2001 title "Written but never cited" publisher "Nowhere" }
				""").load().model();
		site = Publisher.render(module, new PublishOptions(folder.resolve("site"), "apa", "en-US", null));
	}

	private static Document page(String name) {
		return Jsoup.parse(new String(site.all().get(name), StandardCharsets.UTF_8));
	}

	@Test
	void eachWorkOfACitationLinksToItsOwnEntry() {
		Element citation = page("session-1-1.html").select("span.citation").get(0);
		assertEquals("(Harris, 2008; Spillane, 2006)", citation.text());
		assertEquals(List.of("Harris, 2008", "Spillane, 2006"), citation.select("a").eachText());
		assertEquals(List.of("#ref-harris2008", "#ref-spillane2006"), citation.select("a").eachAttr("href"));
	}

	@Test
	void prefixesSuffixesAndSecondarySourcesReadAsTheStylePrintsThem() {
		List<String> citations = page("session-1-1.html").select("span.citation").eachText();
		assertEquals("(see Spillane, 2006, Chapter 3, for the model)", citations.get(1));
		assertEquals("(Harris and Muijs, as cited in O’Donoghue & Clarke, 2010, pp. 90–95)", citations.get(2));
	}

	/** An APA reference list holds the works cited and the readings set; an entry nothing cites stays out. */
	@Test
	void theModuleReferenceListHoldsOnlyWhatIsCitedOrRead() {
		assertEquals(List.of("ref-harris2008", "ref-macbeath2009", "ref-odonoghue2010", "ref-spillane2006"),
				page("references.html").select(".reference-list li").eachAttr("id"));
	}
}
