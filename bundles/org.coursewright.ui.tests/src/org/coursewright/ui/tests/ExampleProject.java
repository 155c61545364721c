package org.coursewright.ui.tests;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.ui.builder.CourseProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;

/** A course project on a fresh copy of the example module, for tests that edit it. */
final class ExampleProject {

	private ExampleProject() {
	}

	/**
	 * Creates the project and returns once the workspace has told its files of the UTF-8
	 * charset the example's .settings/ names. That news comes from a job some time after the
	 * project opens; an editor opened before it reloads its file when it comes, and a test that
	 * types at once (a designer cannot be that quick) would lose its edit.
	 */
	static IProject create(String name, Path folder) throws Exception {
		ExampleModule.copyInto(folder);
		AtomicBoolean encodingReported = new AtomicBoolean();
		IResourceChangeListener listener = event -> {
			IResourceDelta project = event.getDelta() == null ? null : event.getDelta().findMember(IPath.fromOSString(name));
			if (project != null && reportsEncoding(project)) {
				encodingReported.set(true);
			}
		};
		ResourcesPlugin.getWorkspace().addResourceChangeListener(listener, IResourceChangeEvent.POST_CHANGE);
		try {
			IProject project = CourseProjects.open(name, IPath.fromOSString(folder.toString()));
			TestWorkbench.waitFor(encodingReported::get, "the project's files to be told their charset");
			return project;
		} finally {
			ResourcesPlugin.getWorkspace().removeResourceChangeListener(listener);
		}
	}

	private static boolean reportsEncoding(IResourceDelta delta) {
		if ((delta.getFlags() & IResourceDelta.ENCODING) != 0 && delta.getResource().getName().endsWith(".course")) {
			return true;
		}
		for (IResourceDelta child : delta.getAffectedChildren()) {
			if (reportsEncoding(child)) {
				return true;
			}
		}
		return false;
	}
}
