package org.coursewright.packs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.packs.Packer;
import org.coursewright.publish.PublishOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A control character in a module's text (a corrupted .bib, a paste) is one XML cannot hold:
 * the pack is still made and valid, with U+FFFD where the character was, as the fuzzer found
 * (an address with U+000F made the cartridge's serializer throw).
 */
class ControlCharactersTest {

	@TempDir
	Path folder;

	@Test
	void aControlCharacterInAnAddressBecomesAReplacementCharacterInAValidWebLink() throws Exception {
		CourseModule module = new ModuleFixture(folder.resolve("m")).file("m.course", """
				module M1 "Control \u0001characters" {
					description "A description with \u0008 a backspace."
				}
				webpage w1 {
					author "Author, A"
					year 2020
					title "A page\u000B"
					url "https://example.org/\u000Fpage"
				}
				unit u "U" {
					session s "S" {
						reading r1 from w1
					}
				}
				""").load().model();
		List<Packer.Written> written = Packer.pack(module, new PublishOptions(folder.resolve("unused"), null, null, null),
				List.of(Packer.format("cc").orElseThrow(), Packer.format("scorm2004").orElseThrow()), folder.resolve("packs"));
		Map<String, byte[]> cartridge = ExamplePacks.unzip(Files.readAllBytes(written.get(0).file()));
		byte[] link = cartridge.get("links/r1.xml");
		ExamplePacks.validate("cc11/ccv1p1_imswl_v1p1.xsd", link);
		assertTrue(ExamplePacks.text(link).contains("<url href=\"https://example.org/\uFFFDpage\"/>"), ExamplePacks.text(link));
		assertTrue(ExamplePacks.text(link).contains("<title>A page\uFFFD</title>"), ExamplePacks.text(link));
		ExamplePacks.validate("cc11/cc11libxml2validator.xsd", cartridge.get("imsmanifest.xml"));
		assertTrue(ExamplePacks.text(cartridge.get("imsmanifest.xml")).contains("Control \uFFFDcharacters"));
		assertEquals(2, written.size());
	}
}
