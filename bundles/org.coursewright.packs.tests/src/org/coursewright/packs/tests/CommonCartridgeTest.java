package org.coursewright.packs.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.packs.Packer;
import org.coursewright.publish.PublishOptions;
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
		CourseModule module = new ModuleFixture(ExampleModule.folder()).load().model();
		List<Packer.Written> written = Packer.pack(module, new PublishOptions(folder.resolve("unused"), null, null, null),
				List.of(Packer.format("cc").orElseThrow()), folder.resolve("packs"));
		cartridge = written.get(0).file();
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

	@Test
	void packingTwiceGivesTheSameBytes() throws Exception {
		CourseModule module = new ModuleFixture(ExampleModule.folder()).load().model();
		Path again = Packer.pack(module, new PublishOptions(folder.resolve("unused2"), null, null, null),
				List.of(Packer.format("cc").orElseThrow()), folder.resolve("packs-again")).get(0).file();
		assertEquals(sha256(Files.readAllBytes(cartridge)), sha256(Files.readAllBytes(again)));
		assertArrayEquals(Files.readAllBytes(cartridge), Files.readAllBytes(again));
	}

	private static void validate(String schema, byte[] xml) throws Exception {
		URL location = CommonCartridgeTest.class.getResource("/schemas/" + schema);
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		// the schemas import the W3C's xml.xsd by its web address: it is read from beside them instead
		factory.setResourceResolver(new LocalSchemas(location));
		Validator validator = factory.newSchema(location).newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (InputStream in = new ByteArrayInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
				files.put(entry.getName(), entries.readAllBytes());
			}
		}
		return files;
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
