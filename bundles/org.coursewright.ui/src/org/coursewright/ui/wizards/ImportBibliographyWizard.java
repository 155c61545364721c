package org.coursewright.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;

/** File › Import › BibTeX or CSL-JSON Bibliography: copies the file into the module and cites it from the header. */
public class ImportBibliographyWizard extends ModuleFolderWizard implements IImportWizard {

	private SourcePage page;

	public ImportBibliographyWizard() {
		setWindowTitle("Import Bibliography");
	}

	@Override
	public void addPages() {
		page = new SourcePage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		return importFile(Path.of(page.source.getText().strip()));
	}

	/** Imports the file into the module folder; false (with a message on the page) when it cannot. */
	public boolean importFile(Path source) {
		if (moduleFolder() == null || !Files.isRegularFile(source)) {
			page.setErrorMessage("Choose a .bib or .json file, and select a module folder before starting the wizard.");
			return false;
		}
		try {
			ModuleFolderChanges.importBibliography(source, Path.of(moduleFolder().getLocation().toOSString()));
			moduleFolder().refreshLocal(IResource.DEPTH_ONE, null);
			return true;
		} catch (IOException | CoreException e) {
			page.setErrorMessage("The file could not be imported: " + e.getMessage());
			return false;
		}
	}

	private static final class SourcePage extends WizardPage {

		private Text source;

		SourcePage() {
			super("bibliography-source");
			setTitle("Bibliography file");
			setDescription("A BibTeX (.bib) or CSL-JSON (.json) file, as reference managers such as Zotero export them.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(3, false));
			new Label(body, SWT.NONE).setText("File:");
			source = new Text(body, SWT.BORDER);
			source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button browse = new Button(body, SWT.PUSH);
			browse.setText("Browse…");
			browse.addListener(SWT.Selection, event -> {
				FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.bib;*.json" });
				String chosen = dialog.open();
				if (chosen != null) {
					source.setText(chosen);
				}
			});
			setControl(body);
		}
	}
}
