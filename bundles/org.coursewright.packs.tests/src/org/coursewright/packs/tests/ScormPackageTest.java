package org.coursewright.packs.tests;

import static org.coursewright.packs.tests.ExamplePacks.text;
import static org.coursewright.packs.tests.ExamplePacks.unzip;
import static org.coursewright.packs.tests.ExamplePacks.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coursewright.packs.Packer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** The example module as SCORM 1.2 and SCORM 2004 4th Edition packages, checked against ADL's schemas. */
class ScormPackageTest {

	@TempDir
	static Path folder;

	private static Map<String, byte[]> scorm12;
	private static Map<String, byte[]> scorm2004;

	@BeforeAll
	static void packTheExample() throws Exception {
		List<Packer.Written> written = ExamplePacks.pack(folder, "scorm12", "scorm2004");
		assertEquals("EDL710-scorm12.zip", written.get(0).file().getFileName().toString());
		assertEquals("EDL710-scorm2004.zip", written.get(1).file().getFileName().toString());
		scorm12 = unzip(Files.readAllBytes(written.get(0).file()));
		scorm2004 = unzip(Files.readAllBytes(written.get(1).file()));
	}

	@Test
	void theManifestsAreValidScorm() throws Exception {
		validate("scorm12/coursewright-scorm12.xsd", scorm12.get("imsmanifest.xml"));
		validate("scorm2004/coursewright-scorm2004.xsd", scorm2004.get("imsmanifest.xml"));
	}

	/** The checks above are real ones: a scormtype the standard does not know is refused. */
	@Test
	void aManifestWithAnUnknownScormTypeIsRefused() {
		byte[] broken12 = text(scorm12.get("imsmanifest.xml")).replaceFirst("adlcp:scormtype=\"sco\"", "adlcp:scormtype=\"page\"").getBytes();
		assertTrue(assertThrows(SAXException.class, () -> validate("scorm12/coursewright-scorm12.xsd", broken12)).getMessage().contains("page"));
		byte[] broken2004 = text(scorm2004.get("imsmanifest.xml")).replaceFirst("adlcp:scormType=\"sco\"", "adlcp:scormType=\"page\"").getBytes();
		assertTrue(assertThrows(SAXException.class, () -> validate("scorm2004/coursewright-scorm2004.xsd", broken2004)).getMessage().contains("page"));
	}

	/** One SCO per session in unit and session order; home and references are assets around them. */
	@Test
	void oneScoPerSessionInOrder() {
		List<String> expected = List.of("index.html asset", "session-1-1.html sco", "session-1-2.html sco", "session-2-1.html sco",
				"session-2-2.html sco", "session-3-1.html sco", "session-3-2.html sco", "references.html asset", "glossary.html asset");
		assertEquals(expected, launched(text(scorm12.get("imsmanifest.xml")), "scormtype"));
		assertEquals(expected, launched(text(scorm2004.get("imsmanifest.xml")), "scormType"));
		String manifest = text(scorm2004.get("imsmanifest.xml"));
		int unit1 = manifest.indexOf("<title>Unit 1: Leading and learning</title>");
		int session11 = manifest.indexOf("<title>Session 1.1 What is leadership for learning?</title>");
		int unit2 = manifest.indexOf("<title>Unit 2: Leadership practices that make a difference</title>");
		assertTrue(0 < unit1 && unit1 < session11 && session11 < unit2, manifest);
	}

	/** Without flow, an LMS's Continue button would do nothing (IMS SS: choice only by default). */
	@Test
	void scorm2004LetsTheLearnerContinue() {
		String manifest = text(scorm2004.get("imsmanifest.xml"));
		assertEquals(4, count(manifest, "<imsss:controlMode choice=\"true\" flow=\"true\"/>"), "the organization and its three units");
	}

	@Test
	void theMetadataHoldsTitleLanguageStudyTimeAndLicence() {
		String manifest12 = text(scorm12.get("imsmanifest.xml"));
		assertTrue(manifest12.contains("<schemaversion>1.2</schemaversion>"), manifest12);
		assertTrue(manifest12.contains("<imsmd:langstring xml:lang=\"en-GB\">Leadership for learning</imsmd:langstring>"), manifest12);
		assertTrue(manifest12.contains("<imsmd:datetime>PT12H</imsmd:datetime>"), manifest12);
		assertTrue(manifest12.contains("<imsmd:langstring>CC BY-NC-SA 4.0</imsmd:langstring>"), manifest12);
		String manifest2004 = text(scorm2004.get("imsmanifest.xml"));
		assertTrue(manifest2004.contains("<schemaversion>2004 4th Edition</schemaversion>"), manifest2004);
		assertTrue(manifest2004.contains("<lom:string language=\"en-GB\">Leadership for learning</lom:string>"), manifest2004);
		assertTrue(manifest2004.contains("<lom:typicalLearningTime>\n          <lom:duration>PT12H</lom:duration>"), manifest2004);
	}

	/** A session page runs the runtime with its version's suspend-data limit; the site's own navigation is gone. */
	@Test
	void aSessionPageIsAScoInsideTheLmsFrame() {
		String page12 = text(scorm12.get("session-1-2.html"));
		assertTrue(page12.contains("<script src=\"assets/scorm.js\" data-scorm-version=\"1.2\" data-suspend-data-limit=\"4096\"></script>"), page12);
		String page2004 = text(scorm2004.get("session-1-2.html"));
		assertTrue(page2004.contains("<script src=\"assets/scorm.js\" data-scorm-version=\"2004\" data-suspend-data-limit=\"64000\"></script>"),
				page2004);
		assertFalse(page12.contains("class=\"contents\""), "the LMS shows the contents");
		assertFalse(page12.contains("Previous: Session 1.1"), "the LMS moves between sessions");
		assertTrue(page12.contains("<link rel=\"stylesheet\" href=\"assets/lms-frame.css\">"), page12);
		assertTrue(scorm12.containsKey("assets/scorm.js") && scorm12.containsKey("assets/lms-frame.css"));
		assertFalse(text(scorm12.get("index.html")).contains("scorm.js"), "the home page is an asset and reports nothing");
	}

	/** Loading another page in the SCO's frame would end it behind the LMS's back: such links open beside it. */
	@Test
	void linksToOtherPagesOpenBesideTheFrame() {
		String page = text(scorm12.get("session-3-2.html"));
		assertTrue(page.contains("href=\"session-3-1.html#analyse-account\" target=\"coursewright-aside\""), page);
		assertTrue(page.contains("<a href=\"glossary.html#term-moral-purpose\" class=\"term\" target=\"coursewright-aside\">"), page);
		assertTrue(page.contains("href=\"#ref-wenger2015\">"), "a citation stays in the page");
		assertFalse(Pattern.compile("href=\"session-3-2.html").matcher(page).find(), "a link to the page itself is an anchor");
	}

	/** Forum prompts have no SCORM equivalent: the block stays in its page, and tutor notes are never in a learner's page. */
	@Test
	void forumPromptsStayBlocksAndTutorNotesAreLeftOut() {
		String page = text(scorm2004.get("session-1-2.html"));
		assertTrue(page.contains("id=\"leading-forum\""), page);
		scorm2004.forEach((name, bytes) -> assertFalse(name.endsWith(".html") && text(bytes).contains("accept either"), name));
	}

	private static List<String> launched(String manifest, String typeAttribute) {
		List<String> pages = new ArrayList<>();
		Matcher resource = Pattern.compile("<resource ([^>]*)>").matcher(manifest);
		while (resource.find()) {
			Matcher href = Pattern.compile("href=\"([^\"]+)\"").matcher(resource.group(1));
			Matcher type = Pattern.compile("adlcp:" + typeAttribute + "=\"([^\"]+)\"").matcher(resource.group(1));
			if (href.find() && type.find()) {
				pages.add(href.group(1) + " " + type.group(1));
			}
		}
		return pages;
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}
}
