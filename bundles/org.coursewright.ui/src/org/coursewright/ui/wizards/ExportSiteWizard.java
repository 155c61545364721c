package org.coursewright.ui.wizards;

import java.io.IOException;
import java.nio.file.Path;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
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

	@Override
	public boolean performFinish() {
		String error = export(Path.of(page.target.getText().strip()));
		if (error != null) {
			page.setErrorMessage(error);
		}
		return error == null;
	}

	/** Checks and publishes the module into a zip file; returns why not, or null when done. */
	public String export(Path zipFile) {
		try {
			LoadedModule module = moduleWithoutErrors();
			ModuleFolderChanges.zip(Publisher.render(module.model(), new PublishOptions(module.folder().resolve("site"), null, null)), zipFile);
			return null;
		} catch (Refused e) {
			return e.getMessage();
		} catch (ModuleLoader.BadPathException | PublishException | IOException e) {
			return "The site could not be exported: " + e.getMessage();
		}
	}

	private static final class TargetPage extends WizardPage {

		private Text target;

		TargetPage() {
			super("site-zip");
			setTitle("Course site as a zip file");
			setDescription("The pages, references, images and media of the module, ready to upload.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			new Label(body, SWT.NONE).setText("Zip file:");
			target = new Text(body, SWT.BORDER);
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			target.setText(System.getProperty("user.home") + "/course-site.zip");
			setControl(body);
		}
	}
}
