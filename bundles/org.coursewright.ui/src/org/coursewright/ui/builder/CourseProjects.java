package org.coursewright.ui.builder;

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
		// Nothing more is written into the designer's folder than a .project where it has none
		// (an existing one is read, not rewritten): course files are UTF-8 by their content type,
		// so the project needs no charset of its own in .settings/.
		CourseNature.addTo(project);
		return project;
	}
}
