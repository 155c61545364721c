package org.coursewright.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;

/** File › New › Unit File: the next numbered unit file of a module, with a unit that checks cleanly. */
public class NewUnitFileWizard extends ModuleFolderWizard implements INewWizard {

	private WizardNewFileCreationPage page;
	private IFile created;

	public NewUnitFileWizard() {
		setWindowTitle("New Unit File");
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("unit-file", selection()) {
			@Override
			protected InputStream getInitialContents() {
				String slug = getFileName().replaceFirst("^\\d+-", "").replaceFirst("\\.course$", "");
				String id = slug.isBlank() ? "new-unit" : slug;
				return new ByteArrayInputStream(ModuleFolderChanges.unitSkeleton(id, "New unit").getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle("Unit file");
		page.setDescription("A file for one unit. Its number decides the unit's place: 03-… comes after 02-….");
		page.setFileExtension("course");
		IContainer folder = moduleFolder();
		if (folder != null) {
			page.setContainerFullPath(folder.getFullPath());
			try {
				page.setFileName(ModuleFolderChanges.nextUnitFileName(Path.of(folder.getLocation().toOSString()), "new-unit"));
			} catch (IOException e) {
				page.setFileName("new-unit.course");
			}
		}
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		created = page.createNewFile();
		return created != null;
	}

	public IFile createdFile() {
		return created;
	}
}
