package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coursewright pack}: course packs for a module without errors, with a report of what each format left behind. */
class PackCommandTest {

	@TempDir
	Path folder;

	@Test
	void packsTheExampleInEveryFormatWithItsReport() throws Exception {
		ExampleModule.copyInto(folder.resolve("module"));
		Path out = folder.resolve("packs");
		CommandRun run = CommandRun.of("pack", folder.resolve("module").toString(), "-o", out.toString());
		assertEquals(0, run.exit(), run.err());
		String scorm = """
				  Tutor note of Activity 1.2 'principles-in-practice' (Session 1.1): left out; SCORM has no instructor-only content
				  Forum prompt 'leading-forum' (Session 1.2): a block in the page; SCORM has no forums
				  Tutor note of Activity 2.2 'observe-practice' (Session 2.2): left out; SCORM has no instructor-only content
				  Forum prompt 'plan-forum' (Session 3.2): a block in the page; SCORM has no forums
				""";
		assertEquals("Packed " + out.resolve("EDL710-cc11.imscc") + "\n"
				+ "  Study time (12 hours): said in the description; the LOM of a CC 1.1 manifest has no typical learning time\n"
				+ "Packed " + out.resolve("EDL710-scorm12.zip") + "\n" + scorm
				+ "Packed " + out.resolve("EDL710-scorm2004.zip") + "\n" + scorm
				+ "Packed " + out.resolve("EDL710-site.zip") + "\n", run.out());
		assertTrue(Files.readString(out.resolve("EDL710-packs.txt")).startsWith("EDL710 cc: EDL710-cc11.imscc\n"));
		assertTrue(Files.readString(out.resolve("EDL710-packs.json")).contains("\"format\": \"cc\""));
		assertFalse(Files.exists(folder.resolve("module/packs")), "nothing written outside the output folder");
	}

	@Test
	void anUnknownFormatIsABadUsage() {
		ExampleModule.copyInto(folder.resolve("module"));
		CommandRun run = CommandRun.of("pack", folder.resolve("module").toString(), "--format", "cc,zip");
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("There is no pack format called 'zip'. Use cc, scorm12, scorm2004, site."), run.err());
	}

	@Test
	void aModuleWithErrorsIsNotPacked() {
		new ModuleFixture(folder.resolve("module")).file("m.course", ModuleFixture.HEADER + "unit u \"U\" { session s \"S\" { \"[@nobody]\" } }\n");
		CommandRun run = CommandRun.of("pack", folder.resolve("module").toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().endsWith("not packed: fix the errors above first.\n"), run.err());
		assertFalse(Files.exists(folder.resolve("module/packs")));
	}
}
