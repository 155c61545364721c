package org.coursewright.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.coursewright.ui.CourseUi;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/** File › New › Unit File: the next numbered unit file of a module, with a titled unit that checks cleanly, opened. */
public class NewUnitFileWizard extends ModuleFolderWizard implements INewWizard {

	private static final String DEFAULT_TITLE = "New unit";

	private WizardNewFileCreationPage page;
	private Text title;
	private IFile created;

	public NewUnitFileWizard() {
		setWindowTitle("New Unit File");
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("unit-file", selection()) {
			@Override
			protected void createAdvancedControls(Composite parent) {
				// the unit's title in place of the link to another file system: what a designer names first
				Composite row = new Composite(parent, SWT.NONE);
				row.setLayout(new GridLayout(2, false));
				row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				new Label(row, SWT.NONE).setText("Unit title:");
				title = new Text(row, SWT.BORDER);
				title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
				title.setText(DEFAULT_TITLE);
				title.addModifyListener(e -> proposeFileName());
			}

			@Override
			protected void createLinkTarget() {
				// no link to another file system: a unit file lives in the module folder
			}

			@Override
			protected IStatus validateLinkedResource() {
				return Status.OK_STATUS;
			}

			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(ModuleFolderChanges.unitSkeleton(unitId(), unitTitle()).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Unit file");
		page.setDescription("A file for one unit. Its number decides the unit's place: 03-… comes after 02-….");
		page.setFileExtension("course");
		IContainer folder = moduleFolder();
		if (folder != null) {
			page.setContainerFullPath(folder.getFullPath());
		}
		addPage(page);
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		proposeFileName();
	}

	/** The next number in the module folder and the unit's id: 04-assessment-unit.course. */
	private void proposeFileName() {
		IContainer folder = moduleFolder();
		if (folder == null || folder.getLocation() == null) {
			return;
		}
		try {
			page.setFileName(ModuleFolderChanges.nextUnitFileName(Path.of(folder.getLocation().toOSString()), unitId()));
		} catch (IOException e) {
			page.setFileName(unitId() + ".course");
		}
	}

	private String unitTitle() {
		return title == null || title.getText().isBlank() ? DEFAULT_TITLE : title.getText().strip();
	}

	private String unitId() {
		IGrammarAccess grammar = CourseUi.injector().getInstance(IGrammarAccess.class);
		return ModuleFolderChanges.unitId(unitTitle(), GrammarUtil.getAllKeywords(grammar.getGrammar()));
	}

	/** For tests: the title as a designer types it. */
	public void setUnitTitle(String text) {
		title.setText(text);
	}

	@Override
	public boolean performFinish() {
		created = page.createNewFile();
		if (created != null && PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created);
			} catch (PartInitException e) {
				// the file is there all the same
			}
		}
		return created != null;
	}

	public IFile createdFile() {
		return created;
	}
}
