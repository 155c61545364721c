package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coursewright diff}: release notes between two versions of the example, in its own terms. */
class DiffCommandTest {

	@TempDir
	Path folder;

	@Test
	void saysWhatChangedWithTheNumbersLearnersSee() throws Exception {
		ExampleModule.copyInto(folder.resolve("v1"));
		ExampleModule.copyInto(folder.resolve("v2"));
		Path practices = folder.resolve("v2/02-practices.course");
		Files.writeString(practices, Files.readString(practices)
				.replace("activity rank-dimensions \"Rank the dimensions\" {\n\t\t\ttype interactive\n\t\t\tallow about 20 minutes",
						"activity rank-dimensions \"Rank the dimensions\" {\n\t\t\ttype interactive\n\t\t\tallow about 30 minutes"));
		CommandRun run = CommandRun.of("diff", folder.resolve("v1").toString(), folder.resolve("v2").toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("Activity 2.1 'Rank the dimensions': timing about 20 minutes \u2192 about 30 minutes\n"
				+ "Study time 11 h 20 min \u2192 11 h 30 min\n", run.out());

		CommandRun json = CommandRun.of("diff", "--json", folder.resolve("v1").toString(), folder.resolve("v2").toString());
		assertTrue(json.out().contains("\"id\": \"rank-dimensions\",\n      \"element\": \"Activity 2.1 'Rank the dimensions'\",\n"
				+ "      \"kind\": \"changed\",\n      \"movedTo\": null,\n      \"details\": [\n        \"timing about 20 minutes \u2192 about 30 minutes\"\n      ],"), json.out());
	}

	@Test
	void aVersionWithErrorsIsNotCompared() {
		ExampleModule.copyInto(folder.resolve("v1"));
		new ModuleFixture(folder.resolve("v2")).file("m.course", ModuleFixture.HEADER + "unit u \"U\" { session s \"S\" { \"[@nobody]\" } }\n");
		CommandRun run = CommandRun.of("diff", folder.resolve("v1").toString(), folder.resolve("v2").toString());
		assertEquals(1, run.exit());
		assertTrue(run.out().contains("m.course:4:"), run.out());
		assertTrue(run.err().endsWith("not compared: fix the errors above first.\n"), run.err());
	}

	@Test
	void theSameVersionTwiceHasNoChanges() {
		ExampleModule.copyInto(folder.resolve("v1"));
		CommandRun run = CommandRun.of("diff", folder.resolve("v1").toString(), folder.resolve("v1").toString());
		assertEquals("No changes.\n", run.out());
	}
}
