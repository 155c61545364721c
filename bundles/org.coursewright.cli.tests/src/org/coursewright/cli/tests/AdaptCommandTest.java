package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.tests.ExampleModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example adaptation through the command line: validate, accept and publish it as a tutor would. */
class AdaptCommandTest {

	private static final String ADAPTATION = "leeds-2027.adaptation";

	@TempDir
	Path folder;

	private Path adaptation;

	@BeforeEach
	void copyTheModuleAndTheAdaptation() throws Exception {
		ExampleModule.copyInto(folder.resolve("leadership-for-learning"));
		Path example = ExampleModule.folder().resolveSibling("leeds-cohort-2027");
		Files.createDirectories(folder.resolve("leeds-cohort-2027"));
		for (String name : List.of(ADAPTATION, ADAPTATION + ".lock")) {
			Files.copy(example.resolve(name), folder.resolve("leeds-cohort-2027").resolve(name));
		}
		adaptation = folder.resolve("leeds-cohort-2027").resolve(ADAPTATION);
	}

	@Test
	void theExampleAdaptationIsCheckedWithTheTutorsTimings() {
		CommandRun run = CommandRun.of("validate", adaptation.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertEquals("EDL710: 3 units, 6 sessions, 10 activities, 2 forum prompts, 6 readings, 15 references; study time 11 h 40 min"
				+ " of 12 h declared \u2014 0 errors, 0 warnings\n", run.out());
	}

	@Test
	void aModuleChangeUnderTheTutorsIsReportedUntilAccepted() throws Exception {
		Path practices = folder.resolve("leadership-for-learning/02-practices.course");
		Files.writeString(practices, Files.readString(practices).replace("allow about 20 minutes\n\t\t\tserves lo2",
				"allow about 25 minutes\n\t\t\tserves lo2"));

		CommandRun changed = CommandRun.of("validate", adaptation.toString());
		assertEquals(0, changed.exit(), "a warning does not fail the check");
		assertTrue(changed.out().startsWith(adaptation + ":9:2: warning: [adaptation-upstream-changed] Activity 2.1 'Rank the"
				+ " dimensions': the module changed its timing since you accepted it; yours is kept. Base: \u201cabout 20 minutes\u201d."
				+ " Module now: \u201cabout 25 minutes\u201d. Yours: \u201cabout 30 minutes\u201d. The module's change: about [-20-]"
				+ " {+25+} minutes\n"), changed.out());

		CommandRun accept = CommandRun.of("adapt", "accept", adaptation.toString(), "rank-dimensions");
		assertEquals(0, accept.exit(), accept.err());
		assertEquals("Accepted the module's current values for rank-dimensions in " + adaptation + ".lock\n", accept.out());
		assertTrue(Files.readString(Path.of(adaptation + ".lock")).contains("\"timing\": \"about 25 minutes\""));
		CommandRun after = CommandRun.of("validate", adaptation.toString());
		assertFalse(after.out().contains("warning:"), after.out());
	}

	@Test
	void anAdaptationIsPublishedBesideItselfAndTheModuleIsNotWrittenTo() {
		CommandRun run = CommandRun.of("publish", adaptation.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(run.out().startsWith("Published EDL710: 10 pages in " + adaptation.resolveSibling("site") + " ("), run.out());
		assertTrue(Files.isRegularFile(adaptation.resolveSibling("site/index.html")));
		assertFalse(Files.exists(folder.resolve("leadership-for-learning/site")));
	}

	@Test
	void anAdaptationIsPackedBesideItself() {
		CommandRun run = CommandRun.of("pack", "--format", "cc", adaptation.toString());
		assertEquals(0, run.exit(), run.out() + run.err());
		assertTrue(Files.isRegularFile(adaptation.resolveSibling("packs/EDL710-cc11.imscc")), run.out());
		assertFalse(Files.exists(folder.resolve("leadership-for-learning/packs")));
	}

	@Test
	void acceptingSomethingThatIsNotAnAdaptationIsAUsageProblem() {
		CommandRun run = CommandRun.of("adapt", "accept", folder.resolve("leadership-for-learning/00-module.course").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err().contains("00-module.course: not an .adaptation file"), run.err());
	}

	@Test
	void anIdTheAdaptationDoesNotNameIsSaid() {
		CommandRun run = CommandRun.of("adapt", "accept", adaptation.toString(), "nosuch");
		assertEquals(1, run.exit());
		assertEquals("coursewright: the adaptation names no element of the module with the id nosuch\n", run.err());
	}
}
