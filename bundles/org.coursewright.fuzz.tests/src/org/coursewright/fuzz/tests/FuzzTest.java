package org.coursewright.fuzz.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.tests.CourseLanguage;
import org.coursewright.dsl.tests.ExampleModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example module changed at random, checked, published and packed: no input may make
 * Coursewright fail, log an error, place a diagnostic outside its file or take over 5 s.
 * In the build it runs about two minutes from a fixed seed, so a failure is the same on every
 * machine; releng/scripts/fuzz.sh runs it for longer from a random seed (FUZZ_SEED,
 * FUZZ_SECONDS, FUZZ_THREADS and FUZZ_FINDINGS, the folder reproducers go to).
 */
class FuzzTest {

	@TempDir
	Path work;

	@Test
	void noInputMakesCoursewrightFail() throws Exception {
		long seed = Long.parseLong(setting("FUZZ_SEED", "20261124"));
		Duration duration = Duration.ofSeconds(Long.parseLong(setting("FUZZ_SECONDS", "110")));
		int threads = Integer.parseInt(setting("FUZZ_THREADS", "2"));
		Path findings = Path.of(setting("FUZZ_FINDINGS", Path.of("target", "fuzz-findings").toAbsolutePath().toString()));
		LoggedErrors logged = LoggedErrors.install();
		Fuzzer fuzzer = new Fuzzer(new Fuzzer.Settings(seed, duration, Long.MAX_VALUE, threads, work, findings),
				ModuleInput.of(ExampleModule.folder()), CourseLanguage.get(ModuleLoader.class), logged);
		Fuzzer.Report report = fuzzer.run();
		System.out.println(report.summary(seed));
		StringBuilder failures = new StringBuilder();
		for (Fuzzer.Found found : report.found()) {
			failures.append("\n").append(found.finding().signature()).append("\n  input ").append(found.input()).append(": ")
					.append(String.join("; ", found.mutations())).append("\n  reproducer: ").append(found.reproducer());
		}
		System.out.println(failures.length() == 0 ? "no failures" : "failures:" + failures);
		assertTrue(report.inputs() > 100, report.summary(seed));
		assertEquals("", failures.toString(), report.summary(seed));
	}

	private static String setting(String name, String otherwise) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? otherwise : value;
	}
}
