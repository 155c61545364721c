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

/** {@code coursewright publish}: writes a site only for a module without errors, only into its output folder. */
class PublishCommandTest {

	@TempDir
	Path folder;

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

	@Test
	void publishesTheExampleIntoTheGivenFolder() {
		ExampleModule.copyInto(folder.resolve("module"));
		CommandRun run = run("publish", folder.resolve("module").toString(), "-o", folder.resolve("out").toString(), "--style", "harvard-cite-them-right");
		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().startsWith("Published EDL710: 10 pages in " + folder.resolve("out")), run.out());
		assertTrue(Files.isRegularFile(folder.resolve("out/index.html")));
		assertTrue(Files.isRegularFile(folder.resolve("out/media/federation.mp4")));
		assertFalse(Files.exists(folder.resolve("module/site")), "nothing written outside the output folder");
	}

	@Test
	void aModuleWithErrorsIsNotPublished() {
		new ModuleFixture(folder.resolve("module")).file("m.course", ModuleFixture.HEADER + "unit u \"U\" { session s \"S\" { \"[@nobody]\" } }\n");
		CommandRun run = run("publish", folder.resolve("module").toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().contains("error: [unknown-citation]"), run.out());
		assertTrue(run.err().endsWith("not published: fix the errors above first.\n"), run.err());
		assertFalse(Files.exists(folder.resolve("module/site")));
	}

	@Test
	void aForumLinkThatIsNotAWebAddressIsRefusedBeforeAnythingIsWritten() {
		ExampleModule.copyInto(folder.resolve("module"));
		for (String link : new String[] { "javascript:alert(1)//{id}", " JaVa\tScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
				"vbscript:msgbox(1)", "lms/{id}" }) {
			for (String command : new String[] { "publish", "pack" }) {
				CommandRun run = run(command, folder.resolve("module").toString(), "--forum-link", link);
				assertEquals(2, run.exit(), link);
				assertTrue(run.err().startsWith("--forum-link must be an http or https address, such as"
						+ " https://lms.example.org/mod/forum/view.php?id={id}; not '" + link + "'\n"), run.err());
			}
		}
		assertFalse(Files.exists(folder.resolve("module/site")));
		assertFalse(Files.exists(folder.resolve("module/packs")));
	}

	@Test
	void foldersAndFilesWithSpacesUnicodeOrALeadingDashWork() throws Exception {
		Path module = folder.resolve("-Leading dash, spaces and ü");
		new ModuleFixture(module).file("00 module é.course", ModuleFixture.HEADER).file("-unit – one.course",
				"unit u \"U\" { session s \"S\" { figure f \"F\" { file \"images/a figure ü.svg\" description \"D.\" } } }\n")
				.file("images/a figure ü.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
		CommandRun validate = run("validate", "--", module.toString());
		assertEquals(0, validate.exit(), validate.out() + validate.err());
		CommandRun run = run("publish", module.toString(), "-o", folder.resolve("-out ü").toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(Files.isRegularFile(folder.resolve("-out ü/images/a figure ü.svg")));
		String page = Files.readString(folder.resolve("-out ü/session-1-1.html"));
		int image = page.indexOf("<img");
		assertEquals("<img src=\"images/a%20figure%20%C3%BC.svg\"", page.substring(image, page.indexOf(" ", page.indexOf("src=", image))), page);
	}

	@Test
	void anUnknownStyleIsAClearError() {
		ExampleModule.copyInto(folder.resolve("module"));
		CommandRun run = run("publish", folder.resolve("module").toString(), "--style", "no-such-style");
		assertEquals(1, run.exit());
		assertTrue(run.err().endsWith("not published: There is no citation style called 'no-such-style'. Use a CSL style name such"
				+ " as apa, harvard-cite-them-right or chicago-author-date.\n"), run.err());
	}

	@Test
	void aFolderOfSomeoneElsesFilesIsLeftAlone() throws Exception {
		ExampleModule.copyInto(folder.resolve("module"));
		Files.createDirectories(folder.resolve("documents"));
		Files.writeString(folder.resolve("documents/index.html"), "mine");
		CommandRun run = run("publish", folder.resolve("module").toString(), "-o", folder.resolve("documents").toString());
		assertEquals(1, run.exit());
		assertEquals("mine", Files.readString(folder.resolve("documents/index.html")));
	}

	@Test
	void aCataloguePublishedIntoOneFolderGivesEachModuleAFolderNamedByItsCode() throws java.io.IOException {
		ExampleModule.copyInto(folder.resolve("catalogue/leadership"));
		new ModuleFixture(folder.resolve("catalogue/other")).file("m.course", ModuleFixture.HEADER + "unit u \"U\" { session s \"S\" { \"Text.\" } }\n");
		Path out = folder.resolve("sites");

		CommandRun run = run("publish", folder.resolve("catalogue").toString(), "-o", out.toString());

		assertEquals(0, run.exit(), run.err());
		assertTrue(Files.isRegularFile(out.resolve("EDL710/index.html")));
		assertTrue(Files.isRegularFile(out.resolve("T100/index.html")));

		new ModuleFixture(folder.resolve("catalogue/twin")).file("m.course", ModuleFixture.HEADER);
		CommandRun twins = run("publish", folder.resolve("catalogue").toString(), "-o", out.toString());
		assertEquals(2, twins.exit());
		assertTrue(twins.err().startsWith(folder.resolve("catalogue/other") + " and " + folder.resolve("catalogue/twin")
				+ " are both module T100; with --output each module's site goes into OUT/CODE, so the codes must differ"), twins.err());
	}
}
