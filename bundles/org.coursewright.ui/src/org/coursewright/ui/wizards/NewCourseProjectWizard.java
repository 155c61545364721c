package org.coursewright.ui.wizards;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.coursewright.ui.builder.CourseProjects;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/**
 * File › New › Course Project: a module's folder where the designer can see it (by default
 * Courses/NAME in their home folder, not inside the workbench's hidden workspace), with a
 * starter module under the code and title they give, that checks cleanly.
 */
public class NewCourseProjectWizard extends Wizard implements INewWizard {

	private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");
	private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

	private CourseProjectPage page;
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

	/** Where a project of the given name goes unless the designer says otherwise: a folder they can find. */
	public static Path defaultFolder(String name) {
		return Path.of(System.getProperty("user.home"), "Courses", name);
	}

	@Override
	public void addPages() {
		page = new CourseProjectPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			created = create(page.name(), IPath.fromOSString(page.folder().toString()), page.code(), page.title());
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

	/** For tests: the page's fields as a designer fills them. */
	public void fill(String name, Path folder, String code, String title) {
		page.name.setText(name);
		page.folder.setText(folder.toString());
		page.code.setText(code);
		page.title.setText(title);
	}

	/** Creates the project on the folder, its starter files and its nature (which adds the builder). */
	public static IProject create(String name, IPath location, String code, String title) throws CoreException {
		IProject project = CourseProjects.open(name, location);
		for (Map.Entry<String, String> file : StarterModule.files(code, title).entrySet()) {
			IFile target = project.getFile(file.getKey());
			if (!target.exists()) {
				target.create(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), true, null);
			}
		}
		return project;
	}

	private final class CourseProjectPage extends WizardPage {

		private Text name;
		private Text folder;
		private Text code;
		private Text title;
		/** Whether the folder still follows the name (the designer has not chosen one). */
		private boolean folderFollowsName = true;

		CourseProjectPage() {
			super("course-project");
			setTitle("Course project");
			setDescription("A folder for one module: its .course files, images and media. The site is published into site/.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			name = field(body, "Project name:", initialName);
			new Label(body, SWT.NONE);
			folder = field(body, "Folder:", defaultFolder(initialName).toString());
			Button browse = new Button(body, SWT.PUSH);
			browse.setText("Browse\u2026");
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(folder.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					folder.setText(chosen);
				}
			});
			code = field(body, "Module code:", "NEW101");
			new Label(body, SWT.NONE);
			title = field(body, "Module title:", "My module");
			new Label(body, SWT.NONE);
			name.addModifyListener(e -> {
				if (folderFollowsName) {
					folder.setText(defaultFolder(name.getText().strip()).toString());
				}
				validate();
			});
			folder.addModifyListener(e -> {
				folderFollowsName = folder.getText().equals(defaultFolder(name.getText().strip()).toString());
				validate();
			});
			code.addModifyListener(e -> validate());
			title.addModifyListener(e -> validate());
			setControl(body);
			validate();
		}

		private Text field(Composite body, String label, String value) {
			new Label(body, SWT.NONE).setText(label);
			Text text = new Text(body, SWT.BORDER);
			text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			text.setText(value);
			return text;
		}

		private void validate() {
			String problem = null;
			if (!NAME.matcher(name()).matches()) {
				problem = "The project name has letters, digits, dots, hyphens and underscores only.";
			} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(name()).exists()) {
				problem = "There is already a project called " + name() + ".";
			} else if (folder.getText().isBlank() || !Path.of(folder.getText().strip()).isAbsolute()) {
				problem = "Choose the folder for the module's files.";
			} else if (Files.exists(folder().resolve("00-module.course"))) {
				problem = folder() + " already holds a module; open it with File › Open Projects from File System, or choose another folder.";
			} else if (!CODE.matcher(code()).matches()) {
				problem = "The module code starts with a letter and has letters and digits only, such as EDL710.";
			} else if (title().isBlank()) {
				problem = "Give the module a title: learners see it on every page.";
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		String name() {
			return name.getText().strip();
		}

		Path folder() {
			return Path.of(folder.getText().strip());
		}

		String code() {
			return code.getText().strip();
		}

		String title() {
			return title.getText().strip();
		}
	}
}
