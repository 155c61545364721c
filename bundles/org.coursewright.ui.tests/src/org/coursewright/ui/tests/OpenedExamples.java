package org.coursewright.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The example projects a test opens, put away after each test: every editor closed (without
 * saving) and the projects deleted from the workspace, their folders left to the test's
 * temporary directory.
 */
final class OpenedExamples implements AfterEachCallback {

	private final List<IProject> opened = new ArrayList<>();

	/** A course project on a fresh copy of the example in the folder (see {@link ExampleProject#create}). */
	IProject open(String name, Path folder) throws Exception {
		IProject project = ExampleProject.create(name, folder);
		opened.add(project);
		return project;
	}

	/** A project the test opened some other way, put away with the others. */
	IProject remember(IProject project) {
		opened.add(project);
		return project;
	}

	@Override
	public void afterEach(ExtensionContext context) throws Exception {
		TestWorkbench.page().closeAllEditors(false);
		for (IProject project : opened) {
			project.delete(false, true, null);
		}
		opened.clear();
	}
}
