package org.coursewright.dsl.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The bundled example module, examples/leadership-for-learning. */
public final class ExampleModule {

	public static final List<String> COURSE_FILES = List.of("00-module.course", "01-leading-and-learning.course",
			"02-practices.course", "03-distributed-leadership.course", "bibliography.course");

	private ExampleModule() {
	}

	public static Path folder() {
		return Path.of(System.getProperty("coursewright.root"), "examples", "leadership-for-learning");
	}

	/** A copy of the example's files and folders (but a published site), for tests that change or rewrite them. */
	public static ModuleFixture copyInto(Path target) {
		ModuleFixture fixture = new ModuleFixture(target);
		Path source = folder();
		try (Stream<Path> files = Files.walk(source)) {
			// what publish and pack wrote into the working tree's example is output, not the module
			files.filter(Files::isRegularFile).filter(file -> !source.relativize(file).startsWith("site")
					&& !source.relativize(file).startsWith("packs")).forEach(file -> {
				try {
					fixture.bytes(source.relativize(file).toString(), Files.readAllBytes(file));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return fixture;
	}
}
