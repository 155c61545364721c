package org.coursewright.ui.refactoring;

import java.util.Comparator;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The Search view's list of references: "02-practices.course:34: serves lo2", in file and line order; opening one selects it. */
public class ReferencesPage extends AbstractTextSearchViewPage {

	private static final Comparator<ReferenceLine> IN_READING_ORDER = Comparator.comparing((ReferenceLine l) -> l.file().getName())
			.thenComparingInt(ReferenceLine::line);

	private Viewer shown;

	public ReferencesPage() {
		super(FLAG_LAYOUT_FLAT);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		viewer.setContentProvider(new ArrayContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
			}
		});
		viewer.setLabelProvider(new LabelProvider());
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return IN_READING_ORDER.compare((ReferenceLine) a, (ReferenceLine) b);
			}
		});
		shown = viewer;
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		// the flat layout only: each reference is one line
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return input instanceof AbstractTextSearchResult result ? result.getElements() : new Object[0];
			}

			@Override
			public Object[] getChildren(Object parent) {
				return new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return false;
			}
		});
		viewer.setLabelProvider(new LabelProvider());
		shown = viewer;
	}

	@Override
	protected void elementsChanged(Object[] elements) {
		if (shown != null) {
			shown.refresh();
		}
	}

	@Override
	protected void clear() {
		if (shown != null) {
			shown.refresh();
		}
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		ReferenceLine line = (ReferenceLine) match.getElement();
		if (IDE.openEditor(getSite().getPage(), line.file(), activate) instanceof ITextEditor editor) {
			editor.selectAndReveal(offset, length);
		}
	}

	/** The lines listed, as shown. */
	public String[] shownLines() {
		if (shown instanceof TableViewer table) {
			return java.util.Arrays.stream(table.getTable().getItems()).map(item -> item.getText()).toArray(String[]::new);
		}
		return new String[0];
	}

}
