package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer marks citations and cross-references in prose with private-use characters
 * while Markdown runs. What an author types, those characters included, must come out as
 * the author's text: never a crash, never a second copy of a link, never markup.
 */
class PlaceholderCollisionTest {

	private static final String OPEN = "\uE000";
	private static final String CLOSE = "\uE001";

	@TempDir
	Path folder;

	@Test
	void markersAroundWordsAreText() throws Exception {
		Document page = session("Hello " + OPEN + "abc" + CLOSE + " world");
		assertEquals("Hello " + OPEN + "abc" + CLOSE + " world", page.selectFirst(".prose p").text());
	}

	@Test
	void markersAroundANumberBeyondThePlaceholdersAreText() throws Exception {
		Document page = session("Hello " + OPEN + "9" + CLOSE + " world");
		assertEquals("Hello " + OPEN + "9" + CLOSE + " world", page.selectFirst(".prose p").text());
	}

	@Test
	void aMarkedNumberOfAnExistingPlaceholderDoesNotRepeatItsCitation() throws Exception {
		Document page = session("See [@b1]. Also " + OPEN + "0" + CLOSE + " here.");
		assertEquals("See (Day, 2010). Also " + OPEN + "0" + CLOSE + " here.", page.selectFirst(".prose p").text());
		assertEquals(1, page.select(".prose .citation").size());
	}

	@Test
	void eachMarkerAloneIsText() throws Exception {
		for (String marker : List.of(OPEN, CLOSE, CLOSE + OPEN, OPEN + OPEN + "0" + CLOSE + CLOSE)) {
			Document page = session("a" + marker + "b [@b1] c" + marker);
			assertEquals("a" + marker + "b (Day, 2010) c" + marker, page.selectFirst(".prose p").text(), marker.codePoints().toString());
			assertEquals(1, page.select(".prose .citation").size());
		}
	}

	@Test
	void aMarkedNumberInALinkAddressStaysInTheAddress() throws Exception {
		Document page = session("[the guide](https://example.org/" + OPEN + "0" + CLOSE + ") and [@b1]");
		assertEquals("https://example.org/" + OPEN + "0" + CLOSE, page.selectFirst(".prose a[href^=https]").attr("href"));
		assertEquals("the guide and (Day, 2010)", page.selectFirst(".prose p").text());
	}

	@Test
	void aMarkedNumberInAGlossaryTermLinkedFromProseIsNotFilledIn() throws Exception {
		Document page = page("""
				term t1 "term %s0%s" \"""A term.\"""
				""".formatted(OPEN, CLOSE), "See [[t1]] and [@b1].");
		assertEquals("See term " + OPEN + "0" + CLOSE + " and (Day, 2010).", page.selectFirst(".prose p").text());
		assertEquals(1, page.select(".prose .citation").size());
	}

	@Test
	void markersRightAfterACitationKeyAreItsSuffix() throws Exception {
		// a key ends at the first character that cannot be part of it, as in Pandoc
		Document page = session("As [@b1" + OPEN + "x" + CLOSE + "10, pp. 92-95] says.");
		assertEquals("As (Day, 2010" + OPEN + "x" + CLOSE + "10, pp. 92-95) says.", page.selectFirst(".prose p").text());
		assertEquals(1, page.select(".prose .citation a").size());
	}

	@Test
	void aWorkWhoseDataHoldMarkersIsListedWithItsOwnText() throws Exception {
		StringBuilder authors = new StringBuilder();
		for (int i = 1; i <= 22; i++) {
			authors.append(i == 1 ? "" : ", ").append("\"Author" + i + ", A" + (i == 3 ? OPEN + CLOSE : "") + "\"");
		}
		Document page = page("""
				book many {
					author %s
					year 2020
					title "Title %s0%s"
					publisher "P"
				}
				""".formatted(authors, OPEN, CLOSE), "See [@many].");
		String entry = page.selectFirst("#ref-many").text();
		assertEquals(true, entry.contains("Title " + OPEN + "0" + CLOSE), entry);
	}

	private Document session(String prose) throws Exception {
		return page("", prose);
	}

	private Document page(String more, String prose) throws Exception {
		LoadedModule module = new ModuleFixture(folder).file("m.course", """
				module M1 "T" {
					style "apa"
				}
				book b1 {
					author "Day, C"
					year 2010
					title "A book"
					publisher "P"
				}
				%s
				unit u1 "U" {
					session s1 "S" {
						\"""
						%s
						\"""
					}
				}
				""".formatted(more, prose)).load();
		byte[] html = Publisher.render(module.model(), new PublishOptions(folder.resolve("site"), null, null)).all().get("session-1-1.html");
		return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
	}
}
