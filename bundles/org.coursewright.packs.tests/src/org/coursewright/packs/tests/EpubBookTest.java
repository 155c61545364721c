package org.coursewright.packs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example module as an EPUB 3 e-book: what a reading system shows and where its links lead. */
class EpubBookTest {

	@TempDir
	static Path folder;

	static Map<String, byte[]> book;

	@BeforeAll
	static void pack() throws Exception {
		ExamplePacks.pack(folder, "epub");
		book = ExamplePacks.unzip(Files.readAllBytes(folder.resolve("EDL710.epub")));
	}

	private static Document xml(String name) {
		return Jsoup.parse(ExamplePacks.text(book.get(name)), "", Parser.xmlParser());
	}

	@Test
	void theMimetypeComesFirstUncompressedAsReadingSystemsRequire() throws Exception {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(folder.resolve("EDL710.epub")))) {
			ZipEntry first = zip.getNextEntry();
			assertEquals("mimetype", first.getName());
			assertEquals(ZipEntry.STORED, first.getMethod());
			assertEquals("application/epub+zip", new String(zip.readAllBytes()));
		}
	}

	@Test
	void theContentsListUnitsSessionsAndTheirNumberedElementsInReadingOrder() {
		List<String> lines = new ArrayList<>();
		outline(xml("EPUB/nav.xhtml").selectFirst("nav#toc > ol"), "", lines);
		assertEquals(List.of("Course home", "Unit 1 Leading and learning",
				"  Session 1.1 What is leadership for learning? → session-1-1.xhtml",
				"    Activity 1.1 Your first thoughts → session-1-1.xhtml#first-thoughts",
				"    Reading 1 MacBeath, J., & Dempster, N. (Eds.). (2009). Connecting leadership and learning: Principles for practice. Routledge. → session-1-1.xhtml#principles",
				"    Activity 1.2 The principles in your setting → session-1-1.xhtml#principles-in-practice",
				"  Session 1.2 Leading while learning → session-1-2.xhtml",
				"    Activity 1.3 Watch: leading and learning in a federation → session-1-2.xhtml#watch-federation",
				"    Activity 1.4 Map who leads what → session-1-2.xhtml#leading-map",
				"    Forum 1.1 What is your understanding of leadership for learning? → session-1-2.xhtml#leading-forum"),
				lines.subList(0, 10));
		assertEquals("  Session 2.1 What the evidence says → session-2-1.xhtml", lines.get(11));
		assertEquals("    Figure 2.1 Five dimensions of leadership and their effect on student outcomes → session-2-1.xhtml#dimensions-chart",
				lines.get(13));
		assertEquals(List.of("References → references.xhtml", "Glossary → glossary.xhtml"), lines.subList(lines.size() - 2, lines.size()));
		assertEquals(List.of("Contents → nav.xhtml#toc", "Start of the course → session-1-1.xhtml", "References → references.xhtml",
				"Glossary → glossary.xhtml"),
				xml("EPUB/nav.xhtml").select("nav#landmarks a").stream().map(a -> a.text() + " → " + a.attr("href")).toList());
	}

	private static void outline(Element list, String indent, List<String> lines) {
		for (Element item : list.children()) {
			Element label = item.child(0);
			lines.add(indent + label.text() + (label.is("a") && !label.attr("href").equals("index.xhtml") ? " → " + label.attr("href") : ""));
			Element inner = item.selectFirst("> ol");
			if (inner != null) {
				outline(inner, indent + "  ", lines);
			}
		}
	}

	@Test
	void answersAndDiscussionsMoveToTheEndOfTheSessionWithLinksBothWays() {
		Document session = xml("EPUB/session-1-2.xhtml");
		Element activity = session.getElementById("leading-map");
		assertEquals("Write your answer in your notes.", activity.selectFirst("p.response-prompt").text());
		assertTrue(session.select("textarea, details, script").isEmpty());
		Element link = activity.selectFirst("p.answer-link a");
		assertEquals("Answer to Activity 1.4", link.text());
		assertEquals("#answer-leading-map", link.attr("href"));

		Element answers = session.getElementById("answers");
		assertEquals("Answers and discussion", answers.selectFirst("h2").text());
		assertEquals(List.of("Discussion Activity 1.3 Watch: leading and learning in a federation", "Answer Activity 1.4 Map who leads what"),
				answers.select("section.answer > h3").eachText());
		Element answer = session.getElementById("answer-leading-map");
		assertTrue(answer.text().startsWith("Answer Activity 1.4 Map who leads what A useful map usually shows more leaders than the organisation chart."),
				answer.text());
		Element back = answer.selectFirst("p.back-link a");
		assertEquals("Back to Activity 1.4", back.text());
		assertEquals("#leading-map", back.attr("href"));
		assertEquals("Discussion of Activity 1.3", session.selectFirst("#watch-federation p.answer-link a").text());
	}

	@Test
	void mediaKeepTheirCaptionAndShowTheTranscriptAndFiguresTheirDescription() {
		Document session = xml("EPUB/session-1-2.xhtml");
		Element video = session.selectFirst("#federation-film video");
		assertEquals("media/federation.mp4", video.attr("src"));
		assertEquals("media/federation.vtt", video.selectFirst("track").attr("src"));
		assertTrue(book.containsKey("EPUB/media/federation.mp4"));
		Element transcript = session.selectFirst("#federation-film div.transcript");
		assertEquals("Transcript: Leading and learning in a federation of schools", transcript.selectFirst("p.block-label").text());
		assertEquals("Narrator: Four schools, one federation, and a shared habit of enquiry.", transcript.selectFirst("div.prose p").text());

		Element description = xml("EPUB/session-2-1.xhtml").selectFirst("div.description");
		assertEquals("Description of Figure 2.1", description.selectFirst("p.block-label").text());
	}

	@Test
	void linksBetweenPagesLeadToTheBooksDocuments() {
		Document session = xml("EPUB/session-1-2.xhtml");
		assertEquals("glossary.xhtml#term-positional-leadership", session.selectFirst("#leading-map a.term").attr("href"));
		assertEquals("session-1-1.xhtml#principles", session.selectFirst("ul.expectations a").attr("href"));
		for (Map.Entry<String, byte[]> file : book.entrySet()) {
			if (file.getKey().endsWith(".xhtml")) {
				Element html = xml(file.getKey()).selectFirst("html");
				assertEquals("en-GB", html.attr("xml:lang"), file.getKey());
				assertEquals("en-GB", html.attr("lang"), file.getKey());
				assertTrue(xml(file.getKey()).select("a[href$=.html], a[href*=.html#]").isEmpty(), file.getKey());
			}
		}
	}

	@Test
	void theAccessibilityMetadataSaysWhatTheBookHolds() {
		Document opf = xml("EPUB/content.opf");
		assertEquals("en-GB", opf.selectFirst("dc|language").text());
		assertEquals("EDL710 Leadership for learning", opf.selectFirst("dc|title").text());
		assertEquals(List.of("textual", "visual", "auditory"), values(opf, "schema:accessMode"));
		assertEquals(List.of("textual,visual,auditory", "textual"), values(opf, "schema:accessModeSufficient"));
		assertEquals(List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability", "alternativeText",
				"longDescription", "transcript", "captions"), values(opf, "schema:accessibilityFeature"));
		// the example carries a video: whether it flashes is not known, so "none" would not be true
		assertEquals(List.of("unknown"), values(opf, "schema:accessibilityHazard"));
		assertTrue(values(opf, "schema:accessibilitySummary").get(0).contains("Every video and audio has its transcript in the text."));
		assertEquals(List.of("index.xhtml", "nav.xhtml", "session-1-1.xhtml", "session-1-2.xhtml", "session-2-1.xhtml", "session-2-2.xhtml",
				"session-3-1.xhtml", "session-3-2.xhtml", "references.xhtml", "glossary.xhtml"),
				opf.select("spine itemref").stream().map(ref -> opf.getElementById(ref.attr("idref")).attr("href")).toList());
	}

	private static List<String> values(Document opf, String property) {
		return opf.select("meta[property=\"" + property + "\"]").eachText();
	}
}
