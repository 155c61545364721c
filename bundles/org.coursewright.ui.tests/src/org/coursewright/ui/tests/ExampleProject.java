package org.coursewright.ui.tests;

import java.nio.file.Path;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.ui.builder.CourseProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;

/** A course project on a fresh copy of the example module, for tests that edit it. */
final class ExampleProject {

	private ExampleProject() {
	}

	static IProject create(String name, Path folder) throws Exception {
		ExampleModule.copyInto(folder);
		return CourseProjects.open(name, IPath.fromOSString(folder.toString()));
	}
}
