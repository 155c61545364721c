package org.coursewright.packs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example module in every format at once: what the report says, and the same bytes every time. */
class AllFormatsTest {

	@TempDir
	Path folder;

	@Test
	void theDegradationReportSaysExactlyWhatEachFormatCouldNotCarry() throws Exception {
		ExamplePacks.pack(folder, "cc", "scorm12", "scorm2004", "site");
		String scorm = """
				  Tutor note of Activity 1.2 'principles-in-practice' (Session 1.1): left out; SCORM has no instructor-only content
				  Forum prompt 'leading-forum' (Session 1.2): a block in the page; SCORM has no forums
				  Tutor note of Activity 2.2 'observe-practice' (Session 2.2): left out; SCORM has no instructor-only content
				  Forum prompt 'plan-forum' (Session 3.2): a block in the page; SCORM has no forums
				""";
		assertEquals("""
				EDL710 cc: EDL710-cc11.imscc
				  Study time (12 hours): said in the description; the LOM of a CC 1.1 manifest has no typical learning time
				EDL710 scorm12: EDL710-scorm12.zip
				""" + scorm + """
				EDL710 scorm2004: EDL710-scorm2004.zip
				""" + scorm + """
				EDL710 site: EDL710-site.zip, everything carried as it is
				""", Files.readString(folder.resolve("EDL710-packs.txt")));
	}

	@Test
	void packingTwiceGivesTheSameSha256ForEveryFile() throws Exception {
		assertEquals(6, ExamplePacks.pack(folder.resolve("first"), "cc", "scorm12", "scorm2004", "site", "epub", "pdf").size());
		ExamplePacks.pack(folder.resolve("second"), "cc", "scorm12", "scorm2004", "site", "epub", "pdf");
		assertEquals(digests(folder.resolve("first")), digests(folder.resolve("second")));
	}

	private static Map<String, String> digests(Path packs) throws Exception {
		Map<String, String> digests = new TreeMap<>();
		try (var files = Files.list(packs)) {
			for (Path file : files.toList()) {
				digests.put(file.getFileName().toString(), ExamplePacks.sha256(Files.readAllBytes(file)));
			}
		}
		assertEquals(8, digests.size(), digests.toString());
		return digests;
	}
}
