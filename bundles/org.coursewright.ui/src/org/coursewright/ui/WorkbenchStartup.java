package org.coursewright.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.ui.builder.CourseNature;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * When the workbench is up: maximizes the first window, and when {@code ./coursewright
 * workbench FOLDER} named a folder, opens it as a project so its modules show at once.
 */
public class WorkbenchStartup implements IStartup {

	/** The folder to open, set by the launcher script. */
	public static final String OPEN_FOLDER = "coursewright.open";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(OPEN_FOLDER);
		if (folder != null && !folder.isBlank()) {
			try {
				openAsProject(Path.of(folder).toAbsolutePath().normalize());
			} catch (CoreException e) {
				ILog.of(getClass()).error("Cannot open " + folder + " as a project", e);
			}
		}
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null) {
				// Without a window manager (Xvfb) maximizing does nothing: fill the screen explicitly too.
				window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
				window.getShell().setMaximized(true);
			}
		});
	}

	static IProject openAsProject(Path folder) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		String name = folder.getFileName() == null ? "course" : folder.getFileName().toString();
		IProject project = workspace.getRoot().getProject(name);
		if (!project.exists() && Files.isDirectory(folder)) {
			IProjectDescription description = workspace.newProjectDescription(name);
			if (!folder.getParent().equals(Path.of(workspace.getRoot().getLocation().toOSString()))) {
				description.setLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
			}
			project.create(description, null);
		}
		if (project.exists()) {
			project.open(null);
			project.refreshLocal(IResource.DEPTH_INFINITE, null);
			CourseNature.addTo(project);
		}
		return project;
	}
}
