package org.coursewright.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.ui.builder.CourseProjects;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
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
		IProject opened = null;
		if (folder != null && !folder.isBlank()) {
			try {
				opened = openAsProject(Path.of(folder).toAbsolutePath().normalize());
			} catch (CoreException e) {
				ILog.of(getClass()).error("Cannot open " + folder + " as a project", e);
			}
		}
		IProject project = opened;
		PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && project != null) {
				FirstFile.openIfNothingIs(window.getActivePage(), project);
			}
			if (window != null) {
				// Without a window manager (Xvfb) maximizing does nothing: fill the screen explicitly too.
				window.getShell().setBounds(window.getShell().getDisplay().getPrimaryMonitor().getClientArea());
				window.getShell().setMaximized(true);
			}
		});
	}

	static IProject openAsProject(Path folder) throws CoreException {
		String name = folder.getFileName() == null ? "course" : folder.getFileName().toString();
		return Files.isDirectory(folder) ? CourseProjects.open(name, IPath.fromOSString(folder.toString())) : null;
	}
}
