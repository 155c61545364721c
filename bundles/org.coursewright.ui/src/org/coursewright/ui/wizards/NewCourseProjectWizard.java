package org.coursewright.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.coursewright.ui.builder.CourseProjects;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.ide.IDE;

/** File › New › Course Project: a course project with a starter module that checks cleanly. */
public class NewCourseProjectWizard extends Wizard implements INewWizard {

	private WizardNewProjectCreationPage page;
	private String initialName = "my-module";
	private IProject created;

	public NewCourseProjectWizard() {
		setWindowTitle("New Course Project");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// a new project does not depend on what is selected
	}

	/** The name the page proposes; for callers that know better, such as tests. */
	public void setInitialProjectName(String name) {
		initialName = name;
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("course-project");
		page.setTitle("Course project");
		page.setDescription("A folder for one module: its .course files, images and media. The site is published into site/.");
		page.setInitialProjectName(initialName);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			created = create(page.getProjectName(), page.useDefaults() ? null : page.getLocationPath());
			IFile first = created.getFile("01-first-unit.course");
			if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), first);
			}
			return true;
		} catch (CoreException e) {
			page.setErrorMessage("The project could not be created: " + e.getMessage());
			return false;
		}
	}

	public IProject createdProject() {
		return created;
	}

	/** Creates the project, its starter files and its nature (which adds the builder). */
	public static IProject create(String name, org.eclipse.core.runtime.IPath location) throws CoreException {
		IProject project = CourseProjects.open(name, location);
		for (Map.Entry<String, String> file : StarterModule.files(name).entrySet()) {
			IFile target = project.getFile(file.getKey());
			if (!target.exists()) {
				target.create(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), true, null);
			}
		}
		return project;
	}
}
