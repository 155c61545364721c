package org.coursewright.packs.tests;

import static org.coursewright.packs.tests.ExamplePacks.sha256;
import static org.coursewright.packs.tests.ExamplePacks.text;
import static org.coursewright.packs.tests.ExamplePacks.unzip;
import static org.coursewright.packs.tests.ExamplePacks.validate;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

/** The example module as a Common Cartridge 1.1, checked against the official schemas and Moodle's rules. */
class CommonCartridgeTest {

	@TempDir
	static Path folder;

	private static Path cartridge;
	private static Map<String, byte[]> entries;

	@BeforeAll
	static void packTheExample() throws Exception {
		cartridge = ExamplePacks.pack(folder.resolve("packs"), "cc").get(0).file();
		entries = unzip(Files.readAllBytes(cartridge));
	}

	@Test
	void theCartridgeIsNamedByTheModuleCode() {
		assertEquals("EDL710-cc11.imscc", cartridge.getFileName().toString());
	}

	@Test
	void theManifestIsValidCommonCartridge11() throws Exception {
		validate("cc11/cc11libxml2validator.xsd", entries.get("imsmanifest.xml"));
	}

	/** The check above is a real one: a resource type CC 1.1 does not know is refused. */
	@Test
	void aManifestWithAnUnknownResourceTypeIsRefused() {
		byte[] broken = new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8)
				.replaceFirst("type=\"webcontent\"", "type=\"webpage\"").getBytes(StandardCharsets.UTF_8);
		SAXException refused = assertThrows(SAXException.class, () -> validate("cc11/cc11libxml2validator.xsd", broken));
		assertTrue(refused.getMessage().contains("webpage"), refused.getMessage());
	}

	/** Moodle looks for the cartridge's namespace as the default one in the manifest's first kilobyte. */
	@Test
	void moodleRecognisesTheManifest() {
		String start = new String(entries.get("imsmanifest.xml"), 0, 1024, StandardCharsets.UTF_8);
		assertTrue(start.contains("xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1\""), start);
		String manifest = new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8);
		assertTrue(manifest.contains("<schema>IMS Common Cartridge</schema>"), "schema named");
		assertTrue(manifest.contains("<schemaversion>1.1.0</schemaversion>"), "schema version");
		assertTrue(manifest.contains("<lomimscc:string language=\"en-GB\">Leadership for learning</lomimscc:string>"), manifest);
		assertTrue(manifest.contains("This module looks at leadership as something that happens between people in schools,"), manifest);
		assertTrue(manifest.contains("<lomimscc:string>CC BY-NC-SA 4.0</lomimscc:string>"), manifest);
	}

	@Test
	void everyForumPromptIsADiscussionTopicWithItsQuestion() throws Exception {
		byte[] topic = entries.get("forums/leading-forum.xml");
		validate("cc11/ccv1p1_imsdt_v1p1.xsd", topic);
		String text = new String(topic, StandardCharsets.UTF_8);
		assertTrue(text.contains("<topic xmlns=\"http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1\">"), text);
		assertTrue(text.contains("<title>What is your understanding of leadership for learning?</title>"), text);
		// the forum's description: the question, the guidance and the expectations, as HTML in the text
		assertTrue(text.contains("&lt;p&gt;What is your understanding of leadership for learning? Post to the forum and discuss how"), text);
		assertTrue(text.contains("Write about 300 words."), text);
		assertTrue(text.contains("Reply to 2 other learners."), text);
		String manifest = new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8);
		assertTrue(manifest.contains("<resource identifier=\"R_forum_leading-forum\" type=\"imsdt_xmlv1p1\">"), manifest);
	}

	@Test
	void theOrganizationMirrorsUnitsAndSessions() {
		String manifest = new String(entries.get("imsmanifest.xml"), StandardCharsets.UTF_8);
		int home = manifest.indexOf("<title>Course home</title>");
		int unit1 = manifest.indexOf("<title>Unit 1: Leading and learning</title>");
		int session11 = manifest.indexOf("<title>Session 1.1 What is leadership for learning?</title>");
		int unit2 = manifest.indexOf("<title>Unit 2:");
		assertTrue(home > 0 && home < unit1 && unit1 < session11 && session11 < unit2, manifest);
		assertTrue(entries.containsKey("session-1-1.html"), "the session's page is in the cartridge");
	}

	/** Tutor notes go to a page only the Instructor role sees, placed after their session; never into a learner's page. */
	@Test
	void tutorNotesAreAnInstructorOnlyResource() {
		String manifest = text(entries.get("imsmanifest.xml"));
		String resource = manifest.substring(manifest.indexOf("<resource href=\"tutor-notes-what-is-lfl.html\""));
		resource = resource.substring(0, resource.indexOf("</resource>"));
		assertTrue(resource.contains("<lom:intendedEndUserRole>\n              <lom:source>IMSGLC_CC_Rolesv1p1</lom:source>\n"
				+ "              <lom:value>Instructor</lom:value>"), resource);
		int session = manifest.indexOf("<title>Session 1.1 What is leadership for learning?</title>");
		int notes = manifest.indexOf("<title>Tutor notes: Session 1.1 What is leadership for learning?</title>");
		int nextSession = manifest.indexOf("<title>Session 1.2 ");
		assertTrue(session < notes && notes < nextSession, manifest);
		String page = text(entries.get("tutor-notes-what-is-lfl.html"));
		assertTrue(page.contains("<h1>Tutor notes: Session 1.1 What is leadership for learning?</h1>"), page);
		assertTrue(page.contains("<a href=\"session-1-1.html#principles-in-practice\">Activity 1.2 The principles in your setting</a>"), page);
		assertTrue(page.contains("Students without a current setting can use one they know well from the past; accept either."), page);
		entries.forEach((name, bytes) -> {
			if (!name.startsWith("tutor-notes-") && name.endsWith(".html")) {
				assertTrue(!text(bytes).contains("accept either"), name + " holds a tutor note");
			}
		});
	}

	/** CC 1.1's manifest LOM has no typical learning time: the study time is said in the description instead. */
	@Test
	void theStudyTimeIsInTheDescription() {
		assertTrue(text(entries.get("imsmanifest.xml")).contains("Study time: 12 hours.</lomimscc:string>"));
	}

	@Test
	void packingTwiceGivesTheSameBytes() throws Exception {
		Path again = ExamplePacks.pack(folder.resolve("packs-again"), "cc").get(0).file();
		assertEquals(sha256(Files.readAllBytes(cartridge)), sha256(Files.readAllBytes(again)));
		assertArrayEquals(Files.readAllBytes(cartridge), Files.readAllBytes(again));
	}
}
