package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;

/**
 * A module written into a temporary folder and loaded as the command line loads it, so
 * tests see exactly the diagnostics a designer sees.
 */
public final class ModuleFixture {

	/** A three-line module header, for tests about other things. */
	public static final String HEADER = """
			module T100 "Test module" {
				level 7
			}
			""";

	/** A three-line module header declaring outcome lo1, which the test must serve or expect a warning for. */
	public static final String HEADER_WITH_OUTCOME = """
			module T100 "Test module" {
				outcome lo1 "An outcome."
			}
			""";

	private final Path folder;

	public ModuleFixture(Path folder) {
		this.folder = folder;
	}

	public ModuleFixture file(String name, String text) {
		return bytes(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public ModuleFixture bytes(String name, byte[] content) {
		try {
			Path file = folder.resolve(name);
			Files.createDirectories(file.getParent());
			Files.write(file, content);
			return this;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Path folder() {
		return folder;
	}

	public LoadedModule load() {
		try {
			List<LoadedModule> modules = CourseLanguage.get(ModuleLoader.class).load(List.of(folder));
			assertEquals(1, modules.size(), "modules loaded");
			return modules.get(0);
		} catch (ModuleLoader.BadPathException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	/** Every problem as the command line prints it, paths relative to the module folder. */
	public List<String> problems() {
		return load().problems().stream().map(p -> p.format(folder)).toList();
	}

	/** The problems with the given code, as "file:line:col: severity: [code] message". */
	public List<String> problems(String code) {
		return load().problems().stream().filter(p -> p.code().equals(code)).map(p -> p.format(folder)).toList();
	}

	/** "line:col" of each problem with the given code. */
	public List<String> places(String code) {
		return load().problems().stream().filter(p -> p.code().equals(code)).map(ModuleFixture::place).toList();
	}

	public static String place(Problem problem) {
		return problem.file().getFileName() + ":" + problem.line() + ":" + problem.column();
	}

	/** The parsed file with the given name, which must have no errors. */
	public CourseFile parsed(String name) {
		LoadedModule module = load();
		List<Problem> errors = module.problems().stream().filter(Problem::isError).toList();
		assertTrue(errors.isEmpty(), () -> "unexpected errors: " + errors);
		return module.model().files().stream()
				.filter(f -> f.eResource().getURI().lastSegment().equals(name)).findFirst().orElseThrow();
	}
}
