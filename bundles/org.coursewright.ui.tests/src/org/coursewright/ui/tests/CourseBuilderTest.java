package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.coursewright.ui.builder.CourseBuilder;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a file checks its module, marks its problems in the Problems view and republishes its site. */
class CourseBuilderTest {

	@TempDir
	Path folder;

	private IProject project;

	@BeforeEach
	void courseProjectOfTheExample() throws Exception {
		project = ExampleProject.create("built", folder);
	}

	@AfterEach
	void delete() throws Exception {
		project.delete(false, true, null);
	}

	private List<String> markers() throws CoreException {
		return Arrays.stream(project.findMarkers(CourseBuilder.MARKER, true, IResource.DEPTH_INFINITE))
				.map(m -> m.getResource().getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 0) + " "
						+ m.getAttribute(CourseBuilder.CODE, "") + " " + m.getAttribute(IMarker.SEVERITY, -1))
				.toList();
	}

	@Test
	void aCleanModuleIsPublishedIntoItsSiteFolder() throws Exception {
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(List.of(), markers());
		assertTrue(Files.isRegularFile(folder.resolve("site/index.html")));
		assertTrue(project.getFile("site/session-2-1.html").exists(), "the site is in the workspace too");
	}

	@Test
	void savingAnErrorMarksItWithItsCodeAndLine() throws Exception {
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IFile file = project.getFile("02-practices.course");
		String text = new String(file.getContents().readAllBytes(), StandardCharsets.UTF_8).replace("[@day2010]", "[@nosuch2099]");
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
		// The whole module is checked: the entry that lost its only citation is marked in its own file.
		assertEquals(List.of("02-practices.course:52 unknown-citation " + IMarker.SEVERITY_ERROR,
				"bibliography.course:87 reference-not-cited " + IMarker.SEVERITY_WARNING), markers().stream().sorted().toList());
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		assertEquals(List.of(), markers(), "clean removes the markers");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(2, markers().size(), "and the next build finds the problems again");
	}
}
