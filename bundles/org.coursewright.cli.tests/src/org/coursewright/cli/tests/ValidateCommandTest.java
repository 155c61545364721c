package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code coursewright validate}: its output lines, summary and exit codes. */
class ValidateCommandTest {

	@TempDir
	Path folder;

	private static CommandRun run(String... args) {
		return CommandRun.of(args);
	}

	@Test
	void theExampleValidatesCleanlyWithASummary() {
		CommandRun run = run("validate", ExampleModule.folder().toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("EDL710: 3 units, 6 sessions, 10 activities, 2 forum prompts, 6 readings, 14 references;"
				+ " study time 11 h 20 min of 12 h declared — 0 errors, 0 warnings\n", run.out());
	}

	@Test
	void errorsArePrintedWithFileLineAndColumnAndExitWithOne() {
		new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME
				+ "unit u \"U\" { session s \"S\" {\n\tactivity a \"A\" { serves lo1 }\n\t\"See [@nobody].\"\n} }\n");
		CommandRun run = run("validate", folder.resolve("m.course").toString());
		assertEquals(1, run.exit());
		String file = folder.resolve("m.course").toString();
		assertEquals(file + ":5:11: warning: [missing-timing] Activity 'a' has no timing. Add a line such as 'allow about 30 minutes'"
				+ " so that learners can plan and the study time adds up.\n"
				+ file + ":6:8: error: [unknown-citation] No bibliography entry has the key 'nobody'. Add it to the bibliography or"
				+ " check the spelling.\n"
				+ "T100: 1 unit, 1 session, 1 activity, 0 forum prompts, 0 readings, 0 references; study time 0 min (no study hours"
				+ " declared) — 1 error, 1 warning\n", run.out());
	}

	@Test
	void warningsAloneExitWithZero() {
		new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + "unit u \"U\" { }\n");
		assertEquals(0, run("validate", folder.toString()).exit());
	}

	@Test
	void jsonOutputCarriesTheSameFacts() {
		new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME + "unit u \"U\" { }\n");
		CommandRun run = run("validate", "--json", folder.toString());
		assertEquals(0, run.exit());
		JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(0, json.get("errors").getAsInt());
		assertEquals(2, json.get("warnings").getAsInt());
		JsonObject module = json.getAsJsonArray("modules").get(0).getAsJsonObject();
		JsonObject problem = module.getAsJsonArray("problems").get(0).getAsJsonObject();
		assertEquals(2, problem.get("line").getAsInt());
		assertEquals(10, problem.get("column").getAsInt());
		assertEquals("warning", problem.get("severity").getAsString());
		assertEquals("outcome-not-served", problem.get("code").getAsString());
		assertEquals("T100", module.getAsJsonObject("summary").get("code").getAsString());
		assertEquals(1, module.getAsJsonObject("summary").get("units").getAsInt());
	}

	@Test
	void badUsageExitsWithTwoAndSaysWhy() {
		CommandRun missing = run("validate", folder.resolve("nowhere").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().startsWith(folder.resolve("nowhere") + ": no such file or folder"), missing.err());
		assertEquals(2, run("validate").exit());
		assertEquals(2, run("validate", "--nonsense", folder.toString()).exit());
		CommandRun none = run();
		assertEquals(2, none.exit());
		assertTrue(none.err().startsWith("Name a command, such as: coursewright validate PATH"), none.err());
	}

	@Test
	void aFolderOfModulesIsValidatedModuleByModule() {
		new ModuleFixture(folder.resolve("one")).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME.replace("T100", "ONE") + "unit u \"U\" { }\n");
		new ModuleFixture(folder.resolve("two")).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME.replace("T100", "TWO") + "unit u \"U\" { }\n");
		CommandRun run = run("validate", folder.toString());
		assertEquals(0, run.exit());
		assertTrue(run.out().contains("\nONE: 1 unit"), run.out());
		assertTrue(run.out().contains("\nTWO: 1 unit"), run.out());
	}

	@Test
	void aBibliographyNameThatIsNoUriIsAnErrorAtItsPlaceAndNothingIsLogged() {
		new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER + "bibliography \"#:\"\n");
		java.io.PrintStream stdout = System.out;
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		CommandRun run;
		try {
			System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
			run = run("validate", folder.toString());
			// what Xtext logs of a check that fails (with its stack trace) reaches no terminal
			org.apache.log4j.Logger.getLogger("org.eclipse.xtext.validation.CompositeEValidator").error("Error executing EValidator",
					new IllegalStateException("a failing check"));
		} finally {
			System.setOut(stdout);
		}
		assertEquals(1, run.exit(), run.err());
		assertTrue(run.out().startsWith(folder.resolve("m.course") + ":4:14: error: [bibliography-unreadable] A bibliography file must be"
				+ " BibTeX (.bib) or CSL-JSON (.json).\n"), run.out());
		assertEquals("", run.err());
		assertEquals("", printed.toString(java.nio.charset.StandardCharsets.UTF_8));
	}
}
