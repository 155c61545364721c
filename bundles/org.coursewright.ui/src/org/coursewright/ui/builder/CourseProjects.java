package org.coursewright.ui.builder;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/** Course projects: a folder of modules, opened in the workspace with the course nature. */
public final class CourseProjects {

	private CourseProjects() {
	}

	/**
	 * Opens the project of the given name, creating it first on the given folder (null for a
	 * folder in the workspace), and makes it a course project.
	 */
	public static IProject open(String name, IPath location) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		if (!project.exists()) {
			IProjectDescription description = workspace.newProjectDescription(name);
			if (location != null && !location.removeLastSegments(1).equals(workspace.getRoot().getLocation())) {
				description.setLocation(location);
			}
			project.create(description, null);
		}
		project.open(null);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		// Course files are UTF-8 by definition; saying so spares the designer the Problems
		// view's "no explicit encoding" warning on every course project.
		if (!StandardCharsets.UTF_8.name().equals(project.getDefaultCharset(false))) {
			project.setDefaultCharset(StandardCharsets.UTF_8.name(), null);
		}
		CourseNature.addTo(project);
		return project;
	}
}
