package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --shard I/N}: N jobs split a catalogue between them, each module in exactly one share. */
class ShardTest {

	@TempDir
	Path folder;

	@Test
	void sharesAreDisjointCoverTheCatalogueAndDealtByModuleCode() {
		// folder names in another order than the codes: the codes decide
		String[][] modules = { { "zeta", "A100" }, { "eta", "B200" }, { "alpha", "C300" }, { "beta", "D400" }, { "gamma", "E500" } };
		for (String[] module : modules) {
			new ModuleFixture(folder.resolve(module[0])).file("m.course", "module " + module[1] + " \"Module " + module[1] + "\" {\n}\n");
		}
		List<String> all = new ArrayList<>();
		List<List<String>> shares = new ArrayList<>();
		for (int i = 1; i <= 2; i++) {
			CommandRun run = CommandRun.of("validate", "--shard", i + "/2", folder.toString());
			assertEquals(0, run.exit(), run.err());
			List<String> codes = Arrays.stream(run.out().split("\n")).map(line -> line.substring(0, line.indexOf(':'))).toList();
			shares.add(codes);
			all.addAll(codes);
		}
		assertEquals(List.of(List.of("C300", "E500", "A100"), List.of("D400", "B200")), shares, "dealt in code order, reported in folder order");
		assertEquals(5, all.stream().distinct().count());
	}

	@Test
	void aShareOutsideOneToNIsAUsageError() {
		new ModuleFixture(folder.resolve("m")).file("m.course", ModuleFixture.HEADER);
		for (String shard : List.of("3/2", "0/2", "1", "a/b")) {
			CommandRun run = CommandRun.of("publish", "--shard", shard, folder.toString());
			assertEquals(2, run.exit(), shard);
			assertTrue(run.err().startsWith("--shard takes I/N with 1 <= I <= N, such as 2/4; not '" + shard + "'\n"), run.err());
		}
	}
}
