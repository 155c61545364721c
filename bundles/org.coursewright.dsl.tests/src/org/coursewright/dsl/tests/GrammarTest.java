package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ActivityType;
import org.coursewright.dsl.course.Box;
import org.coursewright.dsl.course.BoxKind;
import org.coursewright.dsl.course.BoxSize;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.course.LocatorKind;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.MediaKind;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Prose;
import org.coursewright.dsl.course.Quote;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.ReadingStatus;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.ReferenceType;
import org.coursewright.dsl.course.RevealKind;
import org.coursewright.dsl.course.Section;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.studytime.StudyTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every construct of the language parses into the model a publisher reads. */
class GrammarTest {

	@TempDir
	Path folder;

	@Test
	void readsTheModuleHeader() {
		CourseFile file = new ModuleFixture(folder).file("m.course", """
				module ETL504 "Leadership for learning" {
					level 7
					credits 15
					study hours 150
					author "Ann Author", "Ben Writer"
					licence "CC BY-NC-SA 4.0"
					language "en-GB"
					style "harvard-cite-them-right"
					description \"\"\"
						A module about *leading* learning.
					\"\"\"
					outcome lo1 "Explain leadership for learning."
				}
				unit u "U" { session s "S" { activity a "A" { allow about 150 hours serves lo1 } } }
				""").parsed("m.course");
		Module header = file.getModule();
		assertEquals("ETL504", header.getCode());
		assertEquals("Leadership for learning", header.getTitle());
		assertEquals(7, header.getLevel());
		assertEquals(15, header.getCredits());
		assertEquals(150, header.getStudyHours());
		assertEquals(List.of("Ann Author", "Ben Writer"), header.getAuthors());
		assertEquals("CC BY-NC-SA 4.0", header.getLicence());
		assertEquals("en-GB", header.getLanguage());
		assertEquals("harvard-cite-them-right", header.getCitationStyle());
		assertEquals("A module about *leading* learning.", header.getDescription());
		assertEquals("lo1", header.getOutcomes().get(0).getName());
		assertEquals("Explain leadership for learning.", header.getOutcomes().get(0).getText());
	}

	@Test
	void readsUnitsSessionsSectionsAndProse() {
		CourseFile file = new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + """
				unit u1 "First unit" {
					session s1 "First session" {
						\"\"\"
						Opening prose.
						\"\"\"
						section intro "Introduction" {
							"A one-line paragraph."
						}
					}
				}
				""").parsed("m.course");
		Unit unit = (Unit) file.getMembers().get(0);
		assertEquals("First unit", unit.getTitle());
		Session session = unit.getSessions().get(0);
		assertEquals("s1", session.getName());
		assertEquals("Opening prose.", ((Prose) session.getContents().get(0)).getText());
		Section section = (Section) session.getContents().get(1);
		assertEquals("Introduction", section.getTitle());
		assertEquals("A one-line paragraph.", ((Prose) section.getBlocks().get(0)).getText());
	}

	@Test
	void readsAnActivityInAnyClauseOrder() {
		CourseFile file = new ModuleFixture(folder).file("f.png", "not really a picture").file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + """
				unit u "U" { session s "S" {
					activity reflect "Reflect on practice" {
						tutor note "Accept short answers."
						serves lo1
						allow up to 1 hour 30 minutes
						type finding-information
						response box large
						instructions "Think."
						answer "An answer."
						video clip "A clip" { url "https://example.org/clip.mp4" length 3 minutes transcript "Words." }
						figure fig "A figure" { file "f.png" description "What it shows." }
					}
				} }
				""").parsed("m.course");
		Activity activity = (Activity) ((Unit) file.getMembers().get(0)).getSessions().get(0).getContents().get(0);
		assertEquals("Reflect on practice", activity.getTitle());
		assertEquals(ActivityType.FINDING_INFORMATION, activity.getType());
		assertTrue(activity.getTiming().isUpTo());
		assertEquals(90, StudyTime.minutes(activity.getTiming()));
		assertEquals("lo1", activity.getServes().get(0).getName());
		assertEquals(BoxSize.LARGE, activity.getResponse().getSize());
		assertEquals(RevealKind.ANSWER, activity.getReveal().getKind());
		assertEquals("An answer.", activity.getReveal().getText());
		assertEquals("Accept short answers.", activity.getTutorNote());
		Media clip = (Media) activity.getMedia().get(0);
		assertEquals(MediaKind.VIDEO, clip.getKind());
		assertEquals(3, StudyTime.minutes(clip.getLength()));
		assertEquals("What it shows.", ((Figure) activity.getMedia().get(1)).getDescription());
	}

	@Test
	void readsForumPromptsReadingsQuotesBoxesAndTerms() {
		CourseFile file = new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + """
				unit u "U" { session s "S" {
					reading r1 from k1 pages 32-52 { required allow about 40 minutes why "Core text." }
					reading r2 from k1 chapter "iv"
					forum f1 "Discuss" {
						allow about 45 minutes
						question "What is it?"
						guidance "Use the readings."
						post about 300 words
						reply to 2 peers
						readings r1, r2
						serves lo1
					}
					quote "Leading is learning." by "A head teacher" cite k1 page 12
					box pause-for-thought pft "Pause for thought" { "Why?" }
				} }
				term lfl "leadership for learning" "Leadership aimed at learning."
				book k1 { author "Doe, Jane" year 2020 title "A book" }
				""").parsed("m.course");
		Session session = ((Unit) file.getMembers().get(0)).getSessions().get(0);
		Reading r1 = (Reading) session.getContents().get(0);
		assertEquals(ReadingStatus.REQUIRED, r1.getStatus());
		assertEquals(LocatorKind.PAGES, r1.getLocator().getKind());
		assertEquals("32-52", r1.getLocator().getValue());
		assertEquals("k1", r1.getSource().getName());
		Reading r2 = (Reading) session.getContents().get(1);
		assertEquals("iv", r2.getLocator().getValue());
		ForumPrompt forum = (ForumPrompt) session.getContents().get(2);
		assertEquals(300, forum.getExpectedWords());
		assertEquals(2, forum.getExpectedReplies());
		assertEquals(List.of(r1, r2), forum.getReadings());
		Quote quote = (Quote) session.getContents().get(3);
		assertEquals("A head teacher", quote.getAttribution());
		assertEquals("12", quote.getCitation().getLocator().getValue());
		Box box = (Box) session.getContents().get(4);
		assertEquals(BoxKind.PAUSE_FOR_THOUGHT, box.getKind());
		assertEquals("Pause for thought", box.getTitle());
		GlossaryTerm term = (GlossaryTerm) file.getMembers().get(1);
		assertEquals("leadership for learning", term.getTerm());
	}

	@Test
	void readsEveryKindOfBibliographyEntry() {
		CourseFile file = new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + """
				book b { author "A, B" year 2009 title "Book" publisher "P" place "London" edition "2" }
				chapter c { author "A, B" editor "E, F", "G, H" year 2010 title "Ch" in "Edited book" pages 87-99 publisher "P" }
				article a { author "N, C" year 2013 title "Art" journal "EAQ" volume 49 issue 2 pages 310-347 doi "10.1177/0013161X12456700" }
				report r { author "D, C" year 2010 title "Rep" publisher "NC" }
				webpage w { author "W, E" year 2015 title "Page" url "https://example.org/cop" accessed "2026-10-01" }
				video-recording v { author "R, K" year 2006 title "Talk" publisher "TED" url "https://example.org/talk" }
				""").parsed("m.course");
		List<Reference> entries = file.getMembers().stream().map(Reference.class::cast).toList();
		assertEquals(List.of(ReferenceType.BOOK, ReferenceType.CHAPTER, ReferenceType.ARTICLE, ReferenceType.REPORT,
				ReferenceType.WEBPAGE, ReferenceType.VIDEO), entries.stream().map(Reference::getType).toList());
		Reference chapter = entries.get(1);
		assertEquals(List.of("E, F", "G, H"), chapter.getEditors());
		assertEquals("Edited book", chapter.getContainer());
		assertEquals("87-99", chapter.getPages());
		Reference article = entries.get(2);
		assertEquals("EAQ", article.getContainer());
		assertEquals("49", article.getVolume());
		assertEquals("2", article.getIssue());
		assertEquals("10.1177/0013161X12456700", article.getDoi());
		assertEquals("2026-10-01", entries.get(4).getAccessed());
	}

	@Test
	void timingsAcceptCommonAbbreviations() {
		CourseFile file = new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER + """
				unit u "U" { session s "S" {
					reading a from k { allow about 1 hr 5 mins }
					reading b from k { allow about 2 hrs }
					reading c from k { allow about 1 min }
				} }
				book k { title "K" }
				""").parsed("m.course");
		List<Integer> minutes = ((Unit) file.getMembers().get(0)).getSessions().get(0).getContents().stream()
				.map(r -> StudyTime.minutes(((Reading) r).getTiming())).toList();
		assertEquals(List.of(65, 120, 1), minutes);
	}

	@Test
	void idsResolveAcrossTheFilesOfAModule() {
		ModuleFixture fixture = new ModuleFixture(folder)
				.file("00-module.course", ModuleFixture.HEADER_WITH_OUTCOME)
				.file("01-unit.course", """
						unit u "U" { session s "S" { reading r from far-key activity a "A" { allow about 5 minutes serves lo1 } } }
						""")
				.file("refs.course", "book far-key { title \"T\" }\n");
		Reading reading = (Reading) ((Unit) fixture.parsed("01-unit.course").getMembers().get(0)).getSessions().get(0)
				.getContents().get(0);
		assertFalse(reading.getSource().eIsProxy());
		assertEquals("T", reading.getSource().getTitle());
		assertNotNull(((Activity) reading.eContainer().eContents().get(1)).getServes().get(0).getText());
	}
}
