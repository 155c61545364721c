package org.coursewright.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.Packer;
import org.coursewright.publish.PublishException;
import org.coursewright.ui.builder.CourseNature;
import org.coursewright.ui.preferences.CoursewrightPreferences;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;

/**
 * File › Export › Course Pack: the packs for LMSs (Common Cartridge, SCORM 1.2 and 2004, the
 * site as a zip) of a module chosen among the course projects (the selected one at first),
 * checked first, written into a folder (packs/ beside the module's files unless another is
 * chosen), then a summary of what each format could not carry.
 */
public class ExportCoursePackWizard extends ModuleFolderWizard implements IExportWizard {

	/** The dialog's title once the packs are written, which tests look for. */
	public static final String DONE_TITLE = "Course Packs Exported";


	private PacksPage page;

	public ExportCoursePackWizard() {
		setWindowTitle("Export Course Pack");
	}

	@Override
	public void addPages() {
		page = new PacksPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		Path output = Path.of(page.output.getText().strip());
		List<PackFormat> formats = page.chosenFormats();
		Outcome[] outcome = new Outcome[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> outcome[0] = export(output, formats));
		if (!outcome[0].written()) {
			page.setErrorMessage(outcome[0].message());
			return false;
		}
		MessageDialog.openInformation(getShell(), DONE_TITLE, outcome[0].message());
		return true;
	}

	/**
	 * What an export came to.
	 *
	 * @param message the summary people see at the end when the packs were written, or why nothing was
	 */
	public record Outcome(boolean written, String message) {
	}

	/** Checks the module and writes its packs. */
	public Outcome export(Path output, List<PackFormat> formats) {
		if (formats.isEmpty()) {
			return new Outcome(false, "Choose at least one format.");
		}
		try {
			LoadedModule module = moduleWithoutErrors();
			List<Packer.Written> written = Packer.pack(module.model(), CoursewrightPreferences.publishOptions(module.model(), module.folder().resolve("site")),
					formats, output);
			// packs written inside the workspace show in the Project Explorer at once
			moduleFolder().getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
			String code = module.model().header().get().getCode();
			return new Outcome(true, "Written into " + output + ":\n\n" + Packer.summary(written) + "\nWhat became of each element: "
					+ Packer.reportFileName(code) + " beside them.");
		} catch (Refused e) {
			return new Outcome(false, e.getMessage());
		} catch (ModuleLoader.BadPathException | PublishException | IOException | CoreException e) {
			return new Outcome(false, "The packs could not be exported: " + e.getMessage());
		}
	}

	/** The course projects of the workspace, and the selected module folder when it is not one of them. */
	private List<IContainer> modules() {
		List<IContainer> modules = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			try {
				if (project.isOpen() && project.hasNature(CourseNature.ID)) {
					modules.add(project);
				}
			} catch (CoreException e) {
				// a project whose description cannot be read is not offered
			}
		}
		if (moduleFolder() != null && !modules.contains(moduleFolder())) {
			modules.add(0, moduleFolder());
		}
		return modules;
	}

	private static Path packsFolder(IContainer module) {
		return Path.of(module.getLocation().toOSString(), "packs");
	}

	private final class PacksPage extends WizardPage {

		private final Map<PackFormat, Button> formats = new LinkedHashMap<>();
		private List<IContainer> modules;
		private Combo module;
		private Text output;

		PacksPage() {
			super("course-packs");
			setTitle("Course packs for learning management systems, e-readers and print");
			setDescription("Choose the module and the formats; each pack is checked and made from the module as its site shows it.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			new Label(body, SWT.NONE).setText("Module:");
			module = new Combo(body, SWT.READ_ONLY);
			module.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			modules = modules();
			modules.forEach(m -> module.add(m.getFullPath().makeRelative().toString()));
			Group group = new Group(body, SWT.NONE);
			group.setText("Formats");
			group.setLayout(new GridLayout(1, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
			for (PackFormat format : Packer.FORMATS) {
				Button check = new Button(group, SWT.CHECK);
				check.setText(format.label());
				check.setSelection(true);
				check.addListener(SWT.Selection, e -> validate());
				formats.put(format, check);
			}
			new Label(body, SWT.NONE).setText("Folder:");
			output = new Text(body, SWT.BORDER);
			output.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			output.addListener(SWT.Modify, e -> validate());
			Button browse = new Button(body, SWT.PUSH);
			browse.setText("Browse...");
			browse.addListener(SWT.Selection, e -> {
				DirectoryDialog dialog = new DirectoryDialog(getShell());
				dialog.setFilterPath(output.getText());
				String chosen = dialog.open();
				if (chosen != null) {
					output.setText(chosen);
				}
			});
			module.addListener(SWT.Selection, e -> chooseModule(modules.get(module.getSelectionIndex())));
			if (!modules.isEmpty()) {
				module.select(moduleFolder() == null ? 0 : modules.indexOf(moduleFolder()));
				chooseModule(modules.get(module.getSelectionIndex()));
			}
			setControl(body);
			validate();
		}

		/** The packs go beside the chosen module's files unless the designer chose another folder. */
		private void chooseModule(IContainer chosen) {
			boolean defaultOutput = output.getText().isBlank() || moduleFolder() != null && output.getText().equals(packsFolder(moduleFolder()).toString());
			setModuleFolder(chosen);
			if (defaultOutput) {
				output.setText(packsFolder(chosen).toString());
			}
			validate();
		}

		List<PackFormat> chosenFormats() {
			List<PackFormat> chosen = new ArrayList<>();
			formats.forEach((format, check) -> {
				if (check.getSelection()) {
					chosen.add(format);
				}
			});
			return chosen;
		}

		private void validate() {
			String problem = moduleFolder() == null ? "Choose a module (a course project) to pack."
					: chosenFormats().isEmpty() ? "Choose at least one format."
					: output.getText().isBlank() ? "Choose the folder the packs go into." : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}
