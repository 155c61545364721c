package org.coursewright.ui.wizards;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWizard;

/**
 * A wizard that works on one module folder: the folder selected when it starts, or the
 * folder of the selected file.
 */
abstract class ModuleFolderWizard extends Wizard implements IWorkbenchWizard {

	private IContainer moduleFolder;
	private IStructuredSelection selection;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.selection = selection;
		Object first = selection == null ? null : selection.getFirstElement();
		if (first instanceof IResource resource) {
			moduleFolder = resource instanceof IContainer container ? container : resource.getParent();
		}
	}

	/** For callers that know the module folder, such as tests. */
	public void setModuleFolder(IContainer folder) {
		moduleFolder = folder;
	}

	/** The module folder, or null when nothing was selected. */
	protected IContainer moduleFolder() {
		return moduleFolder;
	}

	protected IStructuredSelection selection() {
		return selection;
	}
}
