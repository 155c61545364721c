package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A module unchanged since its last publish or pack (sources, options, Coursewright) is not
 * built again; any change to one of them, a damaged output, or {@code --force} builds it.
 */
class IncrementalTest {

	@TempDir
	Path folder;

	private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

	@Test
	void anUnchangedModuleIsNotPublishedAgainAndItsSiteIsLeftAsItIs() throws IOException {
		Path module = ExampleModule.copyInto(folder.resolve("m")).folder();
		assertTrue(CommandRun.of("publish", module.toString()).out().startsWith("Published EDL710: 10 pages in " + module.resolve("site")));
		Path page = module.resolve("site/index.html");
		Files.setLastModifiedTime(page, LONG_AGO);

		CommandRun again = CommandRun.of("publish", module.toString());

		assertEquals(0, again.exit(), again.err());
		assertEquals("Unchanged EDL710: " + module.resolve("site") + " is up to date (--force builds it again)\n", again.out());
		assertEquals(LONG_AGO, Files.getLastModifiedTime(page), "the page was not written again");
	}

	@Test
	void aChangedSourceFileAnotherOptionOrForceBuildAgain() throws IOException {
		Path module = ExampleModule.copyInto(folder.resolve("m")).folder();
		CommandRun.of("publish", module.toString());

		Files.writeString(module.resolve("references.bib"), "\n% a comment\n", java.nio.file.StandardOpenOption.APPEND);
		assertTrue(CommandRun.of("publish", module.toString()).out().startsWith("Published EDL710"), "a bibliography changed");
		assertTrue(CommandRun.of("publish", module.toString()).out().startsWith("Unchanged EDL710"));

		assertTrue(CommandRun.of("publish", "--style", "harvard-cite-them-right", module.toString()).out().startsWith("Published EDL710"),
				"another style");
		assertTrue(CommandRun.of("publish", "--style", "harvard-cite-them-right", module.toString()).out().startsWith("Unchanged EDL710"));

		assertTrue(CommandRun.of("publish", "--force", "--style", "harvard-cite-them-right", module.toString()).out().startsWith("Published EDL710"),
				"--force");

		Files.copy(module.resolve("images/dimensions.svg"), module.resolve("images/another.svg"));
		assertTrue(CommandRun.of("publish", "--style", "harvard-cite-them-right", module.toString()).out().startsWith("Published EDL710"),
				"a new file in the module folder");
	}

	@Test
	void aDeletedOrChangedPageIsWrittenAgain() throws IOException {
		Path module = ExampleModule.copyInto(folder.resolve("m")).folder();
		CommandRun.of("publish", module.toString());
		Files.delete(module.resolve("site/session-1-1.html"));

		assertTrue(CommandRun.of("publish", module.toString()).out().startsWith("Published EDL710"));
		assertTrue(Files.exists(module.resolve("site/session-1-1.html")));

		Files.writeString(module.resolve("site/references.html"), "edited by hand");
		assertTrue(CommandRun.of("publish", module.toString()).out().startsWith("Published EDL710"));
	}

	@Test
	void anUnchangedModulesWarningsAreReportedAgain() throws IOException {
		new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + "unit u \"U\" { }\n");
		CommandRun first = CommandRun.of("publish", "--json", folder.toString());
		Path junit = folder.resolve("reports/junit.xml");

		CommandRun again = CommandRun.of("publish", "--json", "--junit", junit.toString(), folder.toString());

		JsonObject before = JsonParser.parseString(first.out()).getAsJsonObject().getAsJsonArray("modules").get(0).getAsJsonObject();
		JsonObject after = JsonParser.parseString(again.out()).getAsJsonObject().getAsJsonArray("modules").get(0).getAsJsonObject();
		assertEquals(2, after.getAsJsonArray("problems").size());
		assertEquals(before.get("problems"), after.get("problems"));
		assertTrue(after.getAsJsonObject("done").get("unchanged").getAsBoolean());
		assertEquals(before.getAsJsonObject("done").get("pages"), after.getAsJsonObject("done").get("pages"));
		assertTrue(Files.readString(junit).contains("m.course:4:6: warning: [empty-unit]"), Files.readString(junit));

		CommandRun strict = CommandRun.of("publish", "--fail-on-warnings", folder.toString());
		assertEquals(1, strict.exit());
		assertEquals("coursewright: " + folder + " not published: it has warnings and --fail-on-warnings is on\n", strict.err());
	}

	@Test
	void failOnWarningsFailsTheCheckAndPublishesNothing() {
		new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + "unit u \"U\" { }\n");

		assertEquals(0, CommandRun.of("validate", folder.toString()).exit());
		assertEquals(1, CommandRun.of("validate", "--fail-on-warnings", folder.toString()).exit());
		CommandRun publish = CommandRun.of("publish", "--fail-on-warnings", folder.toString());
		assertEquals(1, publish.exit());
		assertTrue(publish.out().contains("warning: [empty-unit]"), publish.out());
		assertTrue(!Files.exists(folder.resolve("site")), "nothing published");
	}

	@Test
	void packsAreRebuiltWhenTheFormatsChangeOrAPackIsMissing() throws IOException {
		Path module = ExampleModule.copyInto(folder.resolve("m")).folder();
		CommandRun.of("pack", "--format", "cc", module.toString());
		Path cartridge = module.resolve("packs/EDL710-cc11.imscc");
		Files.setLastModifiedTime(cartridge, LONG_AGO);

		CommandRun again = CommandRun.of("pack", "--format", "cc", module.toString());
		assertEquals("Unchanged EDL710: " + module.resolve("packs") + " is up to date (--force builds it again)\n", again.out());
		assertEquals(LONG_AGO, Files.getLastModifiedTime(cartridge));
		assertTrue(CommandRun.of("publish", module.toString()).out().startsWith("Published EDL710"), "publishing is a build of its own");
		assertTrue(CommandRun.of("pack", "--format", "cc", module.toString()).out().startsWith("Unchanged EDL710"),
				"the site published into the module folder is not a source of the packs");

		CommandRun more = CommandRun.of("pack", "--format", "cc,scorm12", module.toString());
		assertEquals(List.of("Packed " + cartridge, "Packed " + module.resolve("packs/EDL710-scorm12.zip")),
				more.out().lines().filter(l -> l.startsWith("Packed")).toList());

		Files.delete(module.resolve("packs/EDL710-scorm12.zip"));
		assertTrue(CommandRun.of("pack", "--format", "cc,scorm12", module.toString()).out().startsWith("Packed"));
	}

	@Test
	void theRecordKeepsTheSiteTheSameWhereverItIsWritten() throws IOException {
		Path module = ExampleModule.copyInto(folder.resolve("m")).folder();
		CommandRun.of("publish", module.toString(), "-o", folder.resolve("one").toString());
		CommandRun.of("publish", module.toString(), "-o", folder.resolve("elsewhere/two").toString());

		assertEquals(contents(folder.resolve("one")), contents(folder.resolve("elsewhere/two")));
		assertTrue(Files.readString(folder.resolve("one/.coursewright-build")).contains("\"fingerprint\""));
	}

	private static java.util.Map<String, String> contents(Path site) throws IOException {
		java.util.Map<String, String> files = new java.util.TreeMap<>();
		try (var walk = Files.walk(site)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				files.put(site.relativize(file).toString(), java.util.HexFormat.of().formatHex(
						java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
			}
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}
}
