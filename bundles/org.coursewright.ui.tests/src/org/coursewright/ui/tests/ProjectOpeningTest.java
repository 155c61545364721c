package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.ui.builder.CourseBuilder;
import org.coursewright.ui.builder.CourseProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a designer's module folder in the workbench leaves their files as they were. */
class ProjectOpeningTest {

	@TempDir
	Path folder;

	private IProject project;

	@AfterEach
	void delete() throws Exception {
		if (project != null) {
			project.delete(false, true, null);
		}
	}

	@Test
	void aFolderWithEclipsesFilesKeepsThemByteForByte() throws Exception {
		ExampleModule.copyInto(folder);
		Map<String, String> before = files();
		project = CourseProjects.open("opened-" + folder.getFileName(), IPath.fromOSString(folder.toString()));
		assertEquals(before, files());
	}

	@Test
	void aFolderOfCourseFilesOnlyGainsAProjectFileAndNothingElse() throws Exception {
		new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER);
		Map<String, String> before = files();
		project = CourseProjects.open("plain-" + folder.getFileName(), IPath.fromOSString(folder.toString()));
		Map<String, String> after = files();
		after.remove(".project");
		assertEquals(before, after, "only .project is added; no .settings/");
	}

	/** Every file of the folder but the published site, with its content. */
	private Map<String, String> files() {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.filter(Files::isRegularFile).filter(f -> !folder.relativize(f).startsWith(CourseBuilder.SITE)).forEach(f -> {
				try {
					files.put(folder.relativize(f).toString(), Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return files;
	}
}
