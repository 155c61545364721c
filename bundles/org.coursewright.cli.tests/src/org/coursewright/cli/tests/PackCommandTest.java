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
		String lms = "Packed " + out.resolve("EDL710-cc11.imscc") + "\n"
				+ "  Study time (12 hours): said in the description; the LOM of a CC 1.1 manifest has no typical learning time\n"
				+ "Packed " + out.resolve("EDL710-scorm12.zip") + "\n" + scorm
				+ "Packed " + out.resolve("EDL710-scorm2004.zip") + "\n" + scorm
				+ "Packed " + out.resolve("EDL710-site.zip") + "\n";
		assertTrue(run.out().startsWith(lms + "Packed " + out.resolve("EDL710.epub") + "\n"
				+ "  Response box of Activity 1.1 'first-thoughts' (Session 1.1): \"Write your answer in your notes.\"; an e-book keeps nothing a learner types\n"), run.out());
		assertTrue(run.out().contains("\nPacked " + out.resolve("EDL710-reader.pdf") + "\n"
				+ "  Response box of Activity 1.1 'first-thoughts' (Session 1.1): \"Write your answer in your notes.\"; paper keeps nothing a learner types\n"), run.out());
		assertTrue(run.out().endsWith("  Video 1.1 'federation-film': its caption and where to watch on the course website; paper does not play media\n"), run.out());
		assertTrue(Files.readString(out.resolve("EDL710-packs.txt")).startsWith("EDL710 cc: EDL710-cc11.imscc\n"));
		assertTrue(Files.readString(out.resolve("EDL710-packs.json")).contains("\"format\": \"cc\""));
		assertFalse(Files.exists(folder.resolve("module/packs")), "nothing written outside the output folder");
	}

	@Test
	void anUnknownFormatIsABadUsage() {
		ExampleModule.copyInto(folder.resolve("module"));
		CommandRun run = CommandRun.of("pack", folder.resolve("module").toString(), "--format", "cc,zip");
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("There is no pack format called 'zip'. Use cc, scorm12, scorm2004, site, epub, pdf."), run.err());
	}

	@Test
	void anUnknownPageSizeIsABadUsage() {
		ExampleModule.copyInto(folder.resolve("module"));
		CommandRun run = CommandRun.of("pack", folder.resolve("module").toString(), "--format", "pdf", "--page-size", "a5");
		assertEquals(2, run.exit());
		assertTrue(run.err().startsWith("There is no page size called 'a5'. Use a4 or letter."), run.err());
		assertFalse(Files.exists(folder.resolve("module/packs")), "nothing packed");
	}

	@Test
	void aModuleWithErrorsIsNotPacked() {
		new ModuleFixture(folder.resolve("module")).file("m.course", ModuleFixture.HEADER + "unit u \"U\" { session s \"S\" { \"[@nobody]\" } }\n");
		CommandRun run = CommandRun.of("pack", folder.resolve("module").toString());
		assertEquals(1, run.exit());
		assertTrue(run.err().endsWith("not packed: fix the errors above first.\n"), run.err());
		assertFalse(Files.exists(folder.resolve("module/packs")));
	}

	/** An image that is a symbolic link to a file outside the module would carry that file away: neither command writes anything. */
	@Test
	void aModuleHoldingALinkOutOfItsFolderIsRefusedByPublishAndPack() throws Exception {
		Path module = folder.resolve("module");
		new ModuleFixture(module).file("m.course", ModuleFixture.HEADER
				+ "unit u \"U\" { session s \"S\" { figure a \"A\" { file \"images/a.png\" description \"D\" } } }\n");
		Files.createDirectories(module.resolve("images"));
		Files.createSymbolicLink(module.resolve("images/a.png"), Files.writeString(folder.resolve("secret.txt"), "not for learners"));
		for (String command : new String[] { "publish", "pack" }) {
			CommandRun run = CommandRun.of(command, module.toString());
			assertEquals(1, run.exit(), command + ": " + run.err());
			// the diagnostic names the file and the line of the figure (the one after the header)
			assertTrue(run.out().contains("m.course:" + ModuleFixture.HEADER.split("\n", -1).length + ":"), run.out());
			assertTrue(run.out().contains("error: [file-is-link] "), run.out());
			assertTrue(run.err().endsWith("not " + (command.equals("pack") ? "packed" : "published") + ": fix the errors above first.\n"),
					run.err());
		}
		assertFalse(Files.exists(module.resolve("site")), "no site written");
		assertFalse(Files.exists(module.resolve("packs")), "no packs written");
	}

	@Test
	void aFolderOfModulesIsPackedModuleByModule() throws Exception {
		ExampleModule.copyInto(folder.resolve("catalogue/a-example"));
		new ModuleFixture(folder.resolve("catalogue/b-small")).file("m.course", ModuleFixture.HEADER
				+ "unit u \"U\" { session s \"S\" { \"Some prose.\" } }\n");
		CommandRun run = CommandRun.of("pack", folder.resolve("catalogue").toString(), "--format", "scorm2004");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().indexOf("EDL710-scorm2004.zip") < run.out().indexOf("T100-scorm2004.zip"), "reports in folder order: " + run.out());
		assertTrue(Files.exists(folder.resolve("catalogue/a-example/packs/EDL710-scorm2004.zip")));
		assertEquals("T100 scorm2004: T100-scorm2004.zip, everything carried as it is\n",
				Files.readString(folder.resolve("catalogue/b-small/packs/T100-packs.txt")));
	}
}
