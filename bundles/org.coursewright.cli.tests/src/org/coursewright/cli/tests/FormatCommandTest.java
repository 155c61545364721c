package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.cli.CoursewrightCommand;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatCommandTest {

	@TempDir
	Path folder;

	@Test
	void printsTheFormattedFileAndLeavesTheFileAlone() throws Exception {
		String cramped = "module X1 \"T\" { outcome lo1 \"O\" }\nunit u \"U\" { session s \"S\" { \"Text.\" } }\n";
		new ModuleFixture(folder).file("m.course", cramped);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = CoursewrightCommand.run(new String[] { "format", folder.resolve("m.course").toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		assertEquals(0, exit);
		assertEquals("module X1 \"T\" {\n\toutcome lo1 \"O\"\n}\n\nunit u \"U\" {\n\tsession s \"S\" {\n\t\t\"Text.\"\n\t}\n}\n",
				out.toString(StandardCharsets.UTF_8));
		assertEquals(cramped, Files.readString(folder.resolve("m.course")));
	}

	@Test
	void anAdaptationIsLaidOutInTheSameWay() throws Exception {
		new ModuleFixture(folder.resolve("module")).file("m.course",
				"module X1 \"T\" { }\nunit u \"U\" { session s \"S\" { activity a \"A\" { allow about 5 minutes } } }\n");
		new ModuleFixture(folder.resolve("cohort")).file("c.adaptation", "adaptation for cohort c \"C\" { module \"../module\" }\n"
				+ "change a { allow about 9 minutes  instructions \"Do it.\" }\nhide   a\nadd after a { \"Prose.\" }\n");
		CommandRun run = CommandRun.of("format", folder.resolve("cohort/c.adaptation").toString());
		assertEquals(0, run.exit(), run.err());
		assertEquals("adaptation for cohort c \"C\" {\n\tmodule \"../module\"\n}\n\nchange a {\n\tallow about 9 minutes\n"
				+ "\tinstructions \"Do it.\"\n}\n\nhide a\n\nadd after a {\n\t\"Prose.\"\n}\n", run.out());
	}

	@Test
	void refusesAFileWithSyntaxErrors() {
		new ModuleFixture(folder).file("m.course", "module X1 \"T\" {\n");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int exit = CoursewrightCommand.run(new String[] { "format", folder.resolve("m.course").toString() },
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		assertEquals(1, exit);
		assertEquals(true, err.toString(StandardCharsets.UTF_8).contains("coursewright: fix the syntax errors above before formatting."));
	}
}
