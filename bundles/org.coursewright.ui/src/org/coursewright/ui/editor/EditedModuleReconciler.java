package org.coursewright.ui.editor;

import java.nio.file.Path;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.ui.ChangedFiles;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A reconciler that, once the designer pauses, loads the module with the edited text (the
 * other files of its folder as saved) on the reconciler's own thread and hands the result to
 * its subclass: checking, colouring and folding all start from the same parse. When another
 * file of the module is saved, the pass runs again, since what this file may refer to changed.
 */
abstract class EditedModuleReconciler extends MonoReconciler {

	/** What one pass found: the module loaded with the document's text at that moment. */
	record Edited(ISourceViewer viewer, IDocument document, String text, Path file, LoadedModule module) {

		/** The parsed resource of the edited file itself, when it could be read. */
		XtextResource resource() {
			return module.resource(file).orElse(null);
		}
	}

	private final Strategy strategy;

	EditedModuleReconciler(int delayMillis) {
		this(new Strategy());
		setDelay(delayMillis);
	}

	private EditedModuleReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		strategy.owner = this;
	}

	private final IResourceChangeListener siblingSaves = this::siblingSaved;

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		strategy.viewer = textViewer instanceof ISourceViewer source ? source : null;
		ResourcesPlugin.getWorkspace().addResourceChangeListener(siblingSaves, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void uninstall() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(siblingSaves);
		super.uninstall();
	}

	private void siblingSaved(IResourceChangeEvent event) {
		IDocument document = strategy.document;
		Path file = document == null ? null : DocumentFiles.pathOf(document).orElse(null);
		if (file != null && savesAnotherModuleFile(event.getDelta(), file)) {
			forceReconciling();
		}
	}

	/** Whether a .course file beside this one (not this one: its text is the editor's) was added, removed or saved. */
	private static boolean savesAnotherModuleFile(IResourceDelta delta, Path file) {
		Path edited = file.toAbsolutePath().normalize();
		return !ChangedFiles.in(delta, (child, changed) -> ChangedFiles.isCourseFileEdit(child)
				&& edited.getParent().equals(changed.getParent()) && !edited.equals(changed)).isEmpty();
	}

	/** Called on the reconciler's thread after each load. */
	protected abstract void reconciled(Edited edited);

	/**
	 * Runs the update on the display thread, unless the editor has closed or its text has
	 * changed since the pass (a newer pass is then on its way and will show its own result).
	 */
	static void showIfCurrent(Edited edited, Runnable update) {
		StyledText widget = edited.viewer().getTextWidget();
		if (widget == null || widget.isDisposed()) {
			return;
		}
		widget.getDisplay().asyncExec(() -> {
			if (!widget.isDisposed() && edited.viewer().getDocument() == edited.document()
					&& edited.text().equals(edited.document().get())) {
				update.run();
			}
		});
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

		private EditedModuleReconciler owner;
		private ISourceViewer viewer;
		private volatile IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
		}

		/** The first pass, as the editor opens: without it nothing is coloured or folded until the first keystroke. */
		@Override
		public void initialReconcile() {
			reconcile((IRegion) null);
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile(subRegion);
		}

		@Override
		public void reconcile(IRegion partition) {
			IDocument current = document;
			if (current == null || viewer == null) {
				return;
			}
			Path file = DocumentFiles.pathOf(current).orElse(null);
			if (file == null) {
				return;
			}
			String text = current.get();
			try {
				LoadedModule module = EditedModules.load(file, text);
				owner.reconciled(new Edited(viewer, current, text, file, module));
			} catch (RuntimeException | StackOverflowError e) {
				// an exception would end the reconciler's thread, and with it checking, colouring and
				// folding in this editor until it is reopened: report it and wait for the next pause
				ILog.of(EditedModuleReconciler.class).error("Checking " + file + " failed", e);
			}
		}
	}
}
