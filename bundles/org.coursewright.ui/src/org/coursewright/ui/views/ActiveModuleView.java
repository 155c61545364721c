package org.coursewright.ui.views;

import java.nio.file.Path;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.ui.CourseUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * A view about the module of the active course editor, shown again whenever another course
 * file becomes active or the active one is saved.
 */
public abstract class ActiveModuleView extends ViewPart {

	private final IPropertyListener saved = (source, property) -> {
		if (property == IEditorPart.PROP_DIRTY && source instanceof IEditorPart editor && !editor.isDirty()) {
			showModuleOf(editor);
		}
	};

	private final IPartListener2 activation = new IPartListener2() {
		@Override
		public void partActivated(IWorkbenchPartReference reference) {
			if (reference.getPart(false) instanceof IEditorPart editor) {
				editor.removePropertyListener(saved);
				editor.addPropertyListener(saved);
				showModuleOf(editor);
			}
		}
	};

	@Override
	public final void createPartControl(Composite parent) {
		createContents(parent);
		getSite().getPage().addPartListener(activation);
		if (getSite().getPage().getActiveEditor() != null) {
			showModuleOf(getSite().getPage().getActiveEditor());
		}
	}

	@Override
	public void dispose() {
		getSite().getPage().removePartListener(activation);
		super.dispose();
	}

	protected abstract void createContents(Composite parent);

	protected abstract void show(CourseModule module);

	/** Shows the module of the given editor's file, as saved. */
	public void showModuleOf(IEditorPart editor) {
		IFile file = editor instanceof ITextEditor ? editor.getEditorInput().getAdapter(IFile.class) : null;
		if (file == null || !"course".equals(file.getFileExtension()) || file.getLocation() == null) {
			return;
		}
		Path folder = file.getLocation().toFile().toPath().getParent();
		try {
			for (LoadedModule module : CourseUi.injector().getInstance(ModuleLoader.class).load(java.util.List.of(folder))) {
				if (module.folder().equals(folder.toAbsolutePath().normalize()) && module.model() != null) {
					show(module.model());
				}
			}
		} catch (ModuleLoader.BadPathException e) {
			// the file was just removed
		}
	}
}
