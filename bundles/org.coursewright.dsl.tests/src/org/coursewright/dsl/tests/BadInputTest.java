package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a file holds, loading it ends in diagnostics with a place, never in an exception. */
class BadInputTest {

	@TempDir
	Path folder;

	static Stream<Path> corpus() throws IOException {
		return Files.list(Path.of(System.getProperty("coursewright.root"), "bundles", "org.coursewright.dsl.tests", "bad-input"))
				.filter(p -> p.toString().endsWith(".course")).sorted();
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void everyFileOfTheCorpusEndsInErrorsWithAPlace(Path input) throws IOException {
		LoadedModule module = new ModuleFixture(folder).bytes(input.getFileName().toString(), Files.readAllBytes(input)).load();
		List<Problem> errors = module.problems().stream().filter(Problem::isError).toList();
		assertFalse(errors.isEmpty(), "no error for " + input.getFileName());
		errors.forEach(p -> assertTrue(p.line() >= 1 && p.column() >= 1, p.toString()));
	}

	@Test
	void binaryDataIsNamedAsSuch() throws IOException {
		assertEquals(IssueCodes.UNREADABLE_FILE, only(load("binary.course")).code());
		assertTrue(only(load("binary.course")).message().startsWith("This file is not text"));
	}

	@Test
	void otherEncodingsAreNamedWithThePlaceOfTheFirstBadByte() throws IOException {
		assertEquals("utf16.course:1:1: error: [unreadable-file] This file is encoded as UTF-16. Save it as UTF-8.",
				only(load("utf16.course")).format(folder.resolve("utf16.course.d")));
		assertEquals("latin1.course:1:15: error: [unreadable-file] This file is not valid UTF-8 (byte 0xE9 at this place)."
				+ " Save it as UTF-8; most editors offer this under 'Save as' or 'Encoding'.", only(load("latin1.course")).format(folder.resolve("latin1.course.d")));
	}

	@Test
	void aTruncatedFileSaysWhereItEnds() throws IOException {
		LoadedModule module = load("truncated.course");
		List<String> syntax = module.problems().stream().filter(p -> p.code().equals(IssueCodes.SYNTAX))
				.map(p -> ModuleFixture.place(p) + " " + p.message()).toList();
		assertEquals("truncated.course:8:19 The file ends too early: '}' was expected.", syntax.get(0));
	}

	@Test
	void aFiveMegabyteFileIsCheckedAndItsErrorsCapped() {
		StringBuilder text = new StringBuilder(ModuleFixture.HEADER);
		for (int unit = 0; text.length() < 5 * 1024 * 1024; unit++) {
			text.append("unit u" + unit + " \"U\" { session s" + unit + " \"S\" { \"Some prose that repeats.\" nonsense } }\n");
		}
		List<Problem> problems = new ModuleFixture(folder).file("big.course", text.toString()).load().problems();
		long syntax = problems.stream().filter(p -> p.code().equals(IssueCodes.SYNTAX)).count();
		assertEquals(31, syntax, "30 syntax errors and one line saying how many more");
		assertTrue(problems.stream().anyMatch(p -> p.message().endsWith("more syntax errors follow; fix the first ones and check again.")));
	}

	@Test
	void deepNestingEndsInSyntaxErrors() {
		String text = ModuleFixture.HEADER + "unit u \"U\" " + "{".repeat(100_000) + "}".repeat(100_000) + "\n";
		List<Problem> problems = new ModuleFixture(folder).file("deep.course", text).load().problems();
		assertTrue(problems.stream().anyMatch(p -> p.code().equals(IssueCodes.SYNTAX) && p.line() == 4), problems.toString());
	}

	@Test
	void thousandsOfDuplicateIdsAreReportedQuickly() {
		String text = ModuleFixture.HEADER + "unit u \"U\" { session s \"S\" { \"Prose.\" } }\n".repeat(20_000);
		long duplicates = new ModuleFixture(folder).file("copies.course", text).load().problems().stream()
				.filter(p -> p.code().equals(IssueCodes.DUPLICATE_ID)).count();
		assertEquals(40_000, duplicates);
	}

	@Test
	void aLineOfTenThousandCharactersIsFineAndALongerOneAnErrorAtItsPlace() {
		String line = "unit u \"U\" { session s \"S\" { \"%s\" } }\n";
		String fits = line.formatted("word ".repeat(1_993));
		assertEquals(10_000, fits.length() - 1);
		assertEquals(List.of(), new ModuleFixture(folder).file("long.course", ModuleFixture.HEADER + fits).problems());
		String tooLong = line.formatted("word ".repeat(200_000));
		assertEquals(List.of("long.course:4:10001: error: [too-long] This line is 1,000,035 characters long; a line may be up to 10,000."
				+ " Break it into shorter lines."), new ModuleFixture(folder).file("long.course", ModuleFixture.HEADER + tooLong).problems());
	}

	@Test
	void aNonCourseFileOrMissingPathIsAUsageProblem() throws IOException {
		Files.writeString(folder.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
		org.coursewright.dsl.loading.ModuleLoader loader = CourseLanguage.get(org.coursewright.dsl.loading.ModuleLoader.class);
		assertEquals(folder.resolve("notes.txt") + ": not a .course or .adaptation file",
				org.junit.jupiter.api.Assertions.assertThrows(org.coursewright.dsl.loading.ModuleLoader.BadPathException.class,
						() -> loader.load(List.of(folder.resolve("notes.txt")))).getMessage());
		assertEquals(folder.resolve("missing") + ": no such file or folder",
				org.junit.jupiter.api.Assertions.assertThrows(org.coursewright.dsl.loading.ModuleLoader.BadPathException.class,
						() -> loader.load(List.of(folder.resolve("missing")))).getMessage());
	}

	@Test
	void aByteThatIsNotUtf8IsPlacedWhereItIsAfterLongLines() {
		byte[] start = ("// " + "x".repeat(3000) + "\n// " + "é".repeat(2000) + "\n// ab").getBytes(StandardCharsets.UTF_8);
		byte[] file = java.util.Arrays.copyOf(start, start.length + 2);
		file[start.length] = (byte) 0xE9; // Latin-1 é
		file[start.length + 1] = '\n';
		assertEquals(List.of("bad.course:3:6: error: [unreadable-file] This file is not valid UTF-8 (byte 0xE9 at this place). Save it"
				+ " as UTF-8; most editors offer this under 'Save as' or 'Encoding'."), new ModuleFixture(folder).bytes("bad.course", file).problems());
	}

	/** Loads one corpus file alone, in a folder of its own. */
	private LoadedModule load(String corpusFile) throws IOException {
		Path input = corpus().filter(p -> p.getFileName().toString().equals(corpusFile)).findFirst().orElseThrow();
		return new ModuleFixture(folder.resolve(corpusFile + ".d")).bytes(corpusFile, Files.readAllBytes(input)).load();
	}

	private static Problem only(LoadedModule module) {
		assertEquals(1, module.problems().size(), module.problems().toString());
		return module.problems().get(0);
	}
}
