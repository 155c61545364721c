package org.coursewright.ui.wizards;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
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
		} else if (workbench != null && workbench.getActiveWorkbenchWindow() != null
				&& workbench.getActiveWorkbenchWindow().getActivePage() != null
				&& workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor() != null) {
			// started with an editor active (its selection is text): the module of the file being edited
			IFile file = workbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getAdapter(IFile.class);
			moduleFolder = file == null ? null : file.getParent();
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

	/** Why a wizard cannot work on the module, in words for the wizard's page. */
	static final class Refused extends Exception {

		private static final long serialVersionUID = 1L;

		Refused(String why) {
			super(why);
		}
	}

	/** The module folder loaded and checked, as exports need it: without errors. */
	protected LoadedModule moduleWithoutErrors() throws Refused, ModuleLoader.BadPathException {
		if (moduleFolder == null) {
			throw new Refused("Select a module folder (or one of its files) before starting the wizard.");
		}
		LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class)
				.load(List.of(Path.of(moduleFolder.getLocation().toOSString()))).get(0);
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			throw new Refused("The module has errors (see the Problems view); fix them before exporting.");
		}
		return module;
	}
}
