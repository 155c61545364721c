package org.coursewright.ui.outline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.ui.editor.EditedModules;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/**
 * The Outline of a course file: units, sessions and numbered elements as learners will see
 * them numbered. Selecting a line shows it in the editor; the outline follows the typing and,
 * while "Link with Editor" is on, the caret.
 */
public class CourseOutlinePage extends ContentOutlinePage {

	private static final int REFRESH_DELAY_MILLIS = 500;

	private final ITextEditor editor;
	private final IDocumentListener typing = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			getControl().getDisplay().timerExec(REFRESH_DELAY_MILLIS, CourseOutlinePage.this::refresh);
		}
	};

	private final ISelectionChangedListener caret = event -> {
		if (event.getSelection() instanceof ITextSelection text) {
			revealElementAt(text.getOffset());
		}
	};
	private final Action linkWithEditor = new Action("Link with Editor", IAction.AS_CHECK_BOX) {
		@Override
		public void run() {
			if (isChecked() && editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
				revealElementAt(text.getOffset());
			}
		}
	};
	/** True while the outline selects a line because the caret moved, so that it does not move the caret back. */
	private boolean following;

	public CourseOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object parent) {
				return ((OutlineNode) parent).children().toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return !((OutlineNode) element).children().isEmpty();
			}
		});
		viewer.setLabelProvider(LabelProvider.createTextProvider(element -> ((OutlineNode) element).label()));
		viewer.addSelectionChangedListener(event -> {
			if (!following && event.getSelection() instanceof IStructuredSelection selection
					&& selection.getFirstElement() instanceof OutlineNode node) {
				editor.selectAndReveal(node.offset(), 0);
			}
		});
		document().addDocumentListener(typing);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.addPostSelectionChangedListener(caret);
		}
		linkWithEditor.setChecked(true);
		linkWithEditor.setToolTipText("Select the element under the editor's caret");
		linkWithEditor.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(ISharedImages.IMG_ELCL_SYNCED));
		getSite().getActionBars().getToolBarManager().add(linkWithEditor);
		refresh();
	}

	@Override
	public void dispose() {
		document().removeDocumentListener(typing);
		if (editor.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caret);
		}
		super.dispose();
	}

	/** Rebuilds the tree from the editor's current text. */
	public void refresh() {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		IFile input = editor.getEditorInput().getAdapter(IFile.class);
		if (input == null || input.getLocation() == null) {
			return;
		}
		Path file = input.getLocation().toFile().toPath().toAbsolutePath().normalize();
		LoadedModule module = EditedModules.load(file, document().get());
		if (module.model() == null) {
			return;
		}
		Numbering numbering = Numbering.of(module.model());
		module.model().files().stream().filter(f -> Path.of(f.eResource().getURI().toFileString()).equals(file)).findFirst()
				.ifPresent((CourseFile courseFile) -> {
					getTreeViewer().setInput(OutlineTree.of(courseFile, numbering));
					getTreeViewer().expandToLevel(3);
				});
	}

	/** Selects the innermost line whose element holds the offset, if linked with the editor. */
	private void revealElementAt(int offset) {
		if (!linkWithEditor.isChecked() || getControl() == null || getControl().isDisposed()) {
			return;
		}
		List<OutlineNode> path = new ArrayList<>();
		pathTo(roots(), offset, path);
		if (path.isEmpty()) {
			return;
		}
		following = true;
		try {
			// A tree path, so that a line inside a collapsed branch is found without asking for parents.
			getTreeViewer().setSelection(new TreeSelection(new TreePath(path.toArray())), true);
		} finally {
			following = false;
		}
	}

	/** The lines from the top down to the innermost one whose element holds the offset. */
	private static void pathTo(List<OutlineNode> nodes, int offset, List<OutlineNode> path) {
		for (OutlineNode node : nodes) {
			if (node.offset() <= offset && offset < node.offset() + node.length()) {
				path.add(node);
				pathTo(node.children(), offset, path);
				return;
			}
		}
	}

	/** Whether the outline follows the caret; on until the designer turns it off. */
	public boolean isLinkedWithEditor() {
		return linkWithEditor.isChecked();
	}

	/** The line selected now, or null. */
	public OutlineNode selected() {
		return getTreeViewer().getStructuredSelection().getFirstElement() instanceof OutlineNode node ? node : null;
	}

	/** The lines shown at the top level. */
	@SuppressWarnings("unchecked")
	public List<OutlineNode> roots() {
		Object input = getTreeViewer().getInput();
		return input == null ? List.of() : (List<OutlineNode>) input;
	}

	/** Selects a line, as a click on it does. */
	public void select(OutlineNode node) {
		getTreeViewer().setSelection(new StructuredSelection(node), true);
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
