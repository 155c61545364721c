package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.site.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example's pages say what a learner should read, word for word. */
class PublishedExampleTest {

	private static SiteFiles site;

	@BeforeAll
	static void publish() throws Exception {
		CourseModule module = new ModuleFixture(ExampleModule.folder()).load().model();
		site = Publisher.render(module, new PublishOptions(Path.of("unused"), null, "https://lms.example.org/forum/{id}"));
	}

	private static Document page(String name) {
		return Jsoup.parse(new String(site.all().get(name), StandardCharsets.UTF_8));
	}

	@Test
	void writesEveryPageAndTheAssets() {
		assertEquals(List.of("index.html", "session-1-1.html", "session-1-2.html", "session-2-1.html", "session-2-2.html",
				"session-3-1.html", "session-3-2.html", "all.html", "references.html", "references.json", "glossary.html",
				"assets/course.css", "assets/print.css", "assets/course.js", "media/federation.mp4", "media/federation.vtt",
				"images/dimensions.svg"), List.copyOf(site.all().keySet()));
	}

	@Test
	void activitiesAreNumberedAndTimedAsOpenLearnShowsThem() {
		Document page = page("session-2-1.html");
		Element activity = page.getElementById("rank-dimensions");
		assertEquals("Activity 2.1 Rank the dimensions", activity.selectFirst("h2").text());
		assertEquals("Timing: Allow about 20 minutes", activity.selectFirst(".timing").text());
		assertEquals("Answer", activity.selectFirst("details.reveal summary").text());
		assertEquals("coursewright:EDL710:rank-dimensions", activity.selectFirst("textarea").attr("data-storage-key"));
		assertEquals("Timing: Allow up to 40 minutes", page("session-1-2.html").getElementById("watch-federation").selectFirst(".timing").text());
		assertEquals("Timing: Allow about 1 hour 30 minutes", page("session-3-2.html").getElementById("plan-change").selectFirst(".timing").text());
	}

	@Test
	void citationsCarryTheCitedWorksForOtherTools() {
		List<String> citations = page("session-2-1.html").select("span.citation").stream()
				.map(c -> c.text() + " " + c.select("a").eachAttr("href") + " " + c.attr("data-cite")).limit(2).toList();
		assertEquals(List.of(
				"(Leithwood et al., 2008; Leithwood & Riehl, 2005) [#ref-leithwood2008, #ref-leithwood2005]"
						+ " [{\"id\":\"leithwood2005\"},{\"id\":\"leithwood2008\"}]",
				"(Barber et al., 2010, p. 5) [#ref-barber2010] [{\"id\":\"barber2010\",\"locator\":\"5\",\"label\":\"page\"}]"), citations);
	}

	@Test
	void tutorNotesNeverReachLearners() {
		for (var file : site.all().entrySet()) {
			String text = new String(file.getValue(), StandardCharsets.UTF_8);
			assertFalse(text.contains("accept either"), file.getKey());
			assertFalse(text.contains("discuss why in the tutorial"), file.getKey());
		}
	}

	@Test
	void citationsAreAuthorDateAndLinkToTheirEntry() {
		Document page = page("session-1-1.html");
		Element citation = page.selectFirst("span.citation:has(a[href=#ref-macbeath2009])");
		assertEquals("(MacBeath & Dempster, 2009, pp. 32–52)", citation.text());
		assertEquals("MacBeath & Dempster, 2009, pp. 32–52", citation.selectFirst("a").text(), "the link covers the work, not the brackets");
		assertEquals("MacBeath and Dempster (2009)", page.select("span.citation").get(1).text());
		assertEquals("MacBeath, J., & Dempster, N. (Eds.). (2009). Connecting leadership and learning: Principles for practice."
				+ " Routledge.", page.getElementById("ref-macbeath2009").text());
		assertEquals(1, page.select(".reference-list li").size(), "the session's own reference list");
	}

	@Test
	void readingsShowTheirReferenceLocatorStatusAndTime() {
		Element reading = page("session-2-1.html").getElementById("impact-review");
		assertEquals("Reading 2", reading.selectFirst("h2").text());
		assertTrue(reading.selectFirst(".reference").text().startsWith("Robinson, V. M. J., Lloyd, C. A., & Rowe, K. J. (2008)."));
		assertEquals("Pages 659–664. Required reading. Allow about 50 minutes.", reading.selectFirst(".reading-facts").text());
	}

	@Test
	void forumPromptsAreDistinctBlocksWithTheirExpectations() {
		Element forum = page("session-1-2.html").getElementById("leading-forum");
		assertTrue(forum.hasClass("forum-prompt"));
		assertEquals("Forum 1.1 What is your understanding of leadership for learning?", forum.selectFirst("h2").text());
		assertEquals(List.of("Write about 300 words.", "Reply to 2 other learners.", "Draw on Reading 1."),
				forum.select(".expectations li").eachText());
		assertEquals("session-1-1.html#principles", forum.selectFirst(".expectations a").attr("href"));
		assertEquals("https://lms.example.org/forum/leading-forum", forum.selectFirst("a.forum-link").attr("href"));
		assertEquals(List.of("Write 200–250 words.", "Reply to at least 2 other learners.", "Draw on Reading 5.", "Draw on Reading 6."),
				page("session-3-2.html").getElementById("plan-forum").select(".expectations li").eachText(), "a range, a minimum");
	}

	@Test
	void videoHasItsTranscriptBehindADisclosure() {
		Element video = page("session-1-2.html").getElementById("federation-film");
		assertEquals("Video 1.1 Leading and learning in a federation of schools (12 minutes). Staff from four schools talk about"
				+ " leading projects while still learning.", video.selectFirst("figcaption").text());
		assertEquals("Transcript: Leading and learning in a federation of schools", video.selectFirst("details.transcript summary").text());
	}

	@Test
	void crossReferencesAndGlossaryTermsAreLinks() {
		Element instructions = page("session-2-1.html").getElementById("rank-dimensions");
		assertEquals("#dimensions-chart", instructions.selectFirst(".prose a").attr("href"));
		assertEquals("Figure 2.1", instructions.selectFirst(".prose a").text());
		Element term = page("session-1-1.html").selectFirst("a.term");
		assertEquals("glossary.html#term-positional-leadership", term.attr("href"));
		assertEquals("positional leadership", term.text());
	}

	@Test
	void theHomePageSumsUpTheCourse() {
		Document home = page("index.html");
		assertEquals(1, home.select("h1").size());
		assertEquals("EDL710 Leadership for learning", home.selectFirst("h1").text());
		assertEquals(4, home.select("ol.outcomes li").size());
		assertEquals(List.of("Unit 1 Leading and learning 3 hours 25 minutes", "Unit 2 Leadership practices that make a difference 3 hours 35 minutes",
				"Unit 3 Distributed and teacher leadership 4 hours 20 minutes", "Total 11 hours 20 minutes (declared: 12 hours)"),
				home.select("table.study-time tr").stream().skip(1).map(Element::text).toList());
	}

	@Test
	void sessionPagesHaveLandmarksBreadcrumbsAndPreviousNext() {
		Document page = page("session-1-2.html");
		assertEquals(1, page.select("main").size());
		assertEquals(1, page.select("h1").size());
		assertEquals("Skip to main content", page.selectFirst("a.skip-link").text());
		assertEquals(List.of("Course home", "Unit 1 Leading and learning", "Session 1.2 Leading while learning"),
				page.select(".breadcrumbs li").eachText());
		assertEquals("Previous: Session 1.1 What is leadership for learning?", page.selectFirst("a[rel=prev]").text());
		assertEquals("session-2-1.html", page.selectFirst("a[rel=next]").attr("href"));
	}
}
