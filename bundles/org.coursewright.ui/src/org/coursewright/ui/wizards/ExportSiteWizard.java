package org.coursewright.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.Publisher;
import org.coursewright.ui.preferences.CoursewrightPreferences;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;

/** File › Export › Course Site (zip): the module's checked, published site as one zip file. */
public class ExportSiteWizard extends ModuleFolderWizard implements IExportWizard {

	private TargetPage page;

	public ExportSiteWizard() {
		setWindowTitle("Export Course Site");
	}

	@Override
	public void addPages() {
		page = new TargetPage();
		addPage(page);
	}

	public static final String DONE_TITLE = "Course Site Exported";

	@Override
	public boolean performFinish() {
		Path zip = Path.of(page.target.getText().strip());
		String[] error = new String[1];
		BusyIndicator.showWhile(getShell().getDisplay(), () -> error[0] = export(zip));
		if (error[0] != null) {
			page.setErrorMessage(error[0]);
			return false;
		}
		MessageDialog.openInformation(getShell(), DONE_TITLE, doneMessage(zip));
		return true;
	}

	/** What the designer is told once the zip is written. */
	public static String doneMessage(Path zip) {
		return "The course site was written to " + zip + ". Upload it to any web server, or open index.html from it.";
	}

	/** The zip proposed first: beside the module's folder, named after it. */
	private String proposedZip() {
		if (moduleFolder() == null || moduleFolder().getLocation() == null) {
			return System.getProperty("user.home") + "/course-site.zip";
		}
		Path folder = Path.of(moduleFolder().getLocation().toOSString());
		return folder.resolveSibling(folder.getFileName() + "-site.zip").toString();
	}

	/** Checks and publishes the module into a zip file; returns why not, or null when done. */
	public String export(Path zipFile) {
		try {
			LoadedModule module = moduleWithoutErrors();
			ModuleFolderChanges.zip(Publisher.render(module.model(), CoursewrightPreferences.publishOptions(module.model(), module.folder().resolve("site"))), zipFile);
			return null;
		} catch (Refused e) {
			return e.getMessage();
		} catch (ModuleLoader.BadPathException | PublishException | IOException e) {
			return "The site could not be exported: " + e.getMessage();
		}
	}

	private final class TargetPage extends WizardPage {

		private Text target;

		TargetPage() {
			super("site-zip");
			setTitle("Course site as a zip file");
			setDescription("The pages, references, images and media of the module, ready to upload.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			new Label(body, SWT.NONE).setText("Module:");
			Label module = new Label(body, SWT.NONE);
			module.setText(moduleFolder() == null ? "(none: select a module or open one of its files first)"
					: moduleFolder().getFullPath().toString());
			module.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(body, SWT.NONE).setText("Zip file:");
			target = new Text(body, SWT.BORDER);
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			target.setText(proposedZip());
			Button browse = new Button(body, SWT.PUSH);
			browse.setText("Browse\u2026");
			browse.addListener(SWT.Selection, e -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
				dialog.setFilterExtensions(new String[] { "*.zip" });
				dialog.setFileName(Path.of(target.getText()).getFileName().toString());
				dialog.setOverwrite(true);
				String chosen = dialog.open();
				if (chosen != null) {
					target.setText(chosen);
				}
			});
			setControl(body);
		}
	}
}
