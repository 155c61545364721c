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
import org.coursewright.publish.PublishOptions;
import org.coursewright.ui.CourseUi;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;

/**
 * File › Export › Course Pack: the module's packs for LMSs (Common Cartridge, SCORM 1.2 and
 * 2004, the site as a zip), checked first, written into a folder (packs/ beside the module's
 * files unless another is chosen), then a summary of what each format could not carry.
 */
public class ExportCoursePackWizard extends ModuleFolderWizard implements IExportWizard {

	/** The dialog's title once the packs are written, which tests look for. */
	public static final String DONE_TITLE = "Course Packs Exported";

	/** What {@link #export} answers starts with when nothing was written. */
	private static final String ERROR = "error: ";

	private PacksPage page;

	public ExportCoursePackWizard() {
		setWindowTitle("Export Course Pack");
	}

	@Override
	public void addPages() {
		page = new PacksPage(moduleFolder() == null ? null : Path.of(moduleFolder().getLocation().toOSString(), "packs"));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String[] outcome = new String[1];
		Path output = Path.of(page.output.getText().strip());
		List<PackFormat> formats = page.chosenFormats();
		BusyIndicator.showWhile(getShell().getDisplay(), () -> outcome[0] = export(output, formats));
		if (outcome[0].startsWith(ERROR)) {
			page.setErrorMessage(outcome[0].substring(ERROR.length()));
			return false;
		}
		MessageDialog.openInformation(getShell(), DONE_TITLE, outcome[0]);
		return true;
	}

	/**
	 * Checks the module and writes its packs; returns the summary people see at the end, or
	 * "error: " and why nothing was written.
	 */
	public String export(Path output, List<PackFormat> formats) {
		if (moduleFolder() == null) {
			return ERROR + "Select a module folder (or one of its files) before starting the wizard.";
		}
		if (formats.isEmpty()) {
			return ERROR + "Choose at least one format.";
		}
		Path folder = Path.of(moduleFolder().getLocation().toOSString());
		try {
			LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(folder)).get(0);
			if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
				return ERROR + "The module has errors (see the Problems view); fix them before exporting.";
			}
			List<Packer.Written> written = Packer.pack(module.model(), new PublishOptions(folder.resolve("site"), null, null), formats,
					output);
			// packs written inside the workspace show in the Project Explorer at once
			moduleFolder().getProject().refreshLocal(IResource.DEPTH_INFINITE, null);
			String code = module.model().header().get().getCode();
			return "Written into " + output + ":\n\n" + Packer.summary(written) + "\nWhat became of each element: "
					+ Packer.reportFileName(code) + " beside them.";
		} catch (ModuleLoader.BadPathException | PublishException | IOException | CoreException e) {
			return ERROR + "The packs could not be exported: " + e.getMessage();
		}
	}

	private static final class PacksPage extends WizardPage {

		private final Path defaultOutput;
		private final Map<PackFormat, Button> formats = new LinkedHashMap<>();
		private Text output;

		PacksPage(Path defaultOutput) {
			super("course-packs");
			this.defaultOutput = defaultOutput;
			setTitle("Course packs for learning management systems");
			setDescription("Choose the formats to write; each pack is checked and made from the module as its site shows it.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
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
			output.setText(defaultOutput == null ? "" : defaultOutput.toString());
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
			setControl(body);
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
			String problem = chosenFormats().isEmpty() ? "Choose at least one format."
					: output.getText().isBlank() ? "Choose the folder the packs go into." : null;
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}
	}
}
