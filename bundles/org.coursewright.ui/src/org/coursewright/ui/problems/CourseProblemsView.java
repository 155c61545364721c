package org.coursewright.ui.problems;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The Problems view of the Course Authoring perspective: the Platform's markers view (filters,
 * Quick Fix, Go To, grouping on request) with two columns, the problem and its place, where the problem's
 * column takes all the width the place leaves. The Platform's own Problems view keeps the width
 * its Description column had when first shown (about 350 pixels), so the checker's sentences were
 * cut off however wide the view was. A sentence still wider than the view is shown whole in the
 * row's tooltip and, for the selected row, in the status line.
 */
public class CourseProblemsView extends MarkerSupportView {

	public static final String ID = "org.coursewright.ui.problems";
	private static final String GENERATOR = "org.coursewright.ui.problemsGenerator";
	private static final int SMALLEST_DESCRIPTION = 120;
	private static final int SMALLEST_PLACE = 160;
	private static final int MEASURED_ROWS = 300;
	private static final int CELL_MARGINS = 16;

	/**
	 * GTK draws the first column wider than the width given to it, by the space of the tree's
	 * expander arrows (about 40 pixels), and takes it from the last column: the description is
	 * given that much less, and the place, last, gets whatever is left over.
	 */
	private static final int EXPANDER_SPACE = 48;

	private Tree tree;

	public CourseProblemsView() {
		super(GENERATOR);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		tree = treeIn(parent);
		if (tree != null) {
			tree.addListener(SWT.Resize, event -> fillWidth());
			tree.addListener(SWT.MouseHover, event -> showWholeText(tree, event));
			tree.addListener(SWT.MouseMove, event -> tree.setToolTipText(null));
		}
	}

	/**
	 * The markers view says how many problems it shows after each refresh of its rows: the rows
	 * change without a resize, so the place column is fitted to them then (the tree's paint
	 * events did not come for every change of rows).
	 */
	@Override
	protected void setContentDescription(String description) {
		super.setContentDescription(description);
		if (tree != null && !tree.isDisposed()) {
			tree.getDisplay().asyncExec(() -> fillWidth());
		}
	}

	/**
	 * Makes the place column as wide as its widest text, and gives the description column the
	 * width the place leaves in the view. Worked out from the texts, never from the columns' own
	 * widths: GTK gives the last column whatever is left over, and its width read back would grow
	 * the place and shrink the description at every refresh.
	 */
	private void fillWidth() {
		if (tree.isDisposed() || tree.getColumnCount() < 2) {
			return;
		}
		int others = 0;
		for (int i = 1; i < tree.getColumnCount(); i++) {
			int needed = Math.max(SMALLEST_PLACE, widestText(tree, i));
			if (tree.getColumn(i).getWidth() != needed) {
				tree.getColumn(i).setWidth(needed);
			}
			others += needed;
		}
		int width = Math.max(SMALLEST_DESCRIPTION, tree.getClientArea().width - others - EXPANDER_SPACE);
		if (tree.getColumn(0).getWidth() != width) {
			tree.getColumn(0).setWidth(width);
		}
	}

	/** The width a column needs for its widest text, with the cell's margins (the first few hundred rows). */
	private static int widestText(Tree tree, int column) {
		TreeItem[] rows = tree.getItems();
		GC gc = new GC(tree);
		try {
			int widest = 0;
			for (int i = 0; i < Math.min(rows.length, MEASURED_ROWS); i++) {
				widest = Math.max(widest, gc.textExtent(rows[i].getText(column)).x);
			}
			return widest == 0 ? 0 : widest + CELL_MARGINS;
		} finally {
			gc.dispose();
		}
	}

	/** A cell whose text the column cuts shows it whole as the tree's tooltip. */
	private static void showWholeText(Tree tree, Event event) {
		TreeItem item = tree.getItem(new Point(event.x, event.y));
		if (item == null) {
			return;
		}
		for (int column = 0; column < tree.getColumnCount(); column++) {
			Rectangle cell = item.getBounds(column);
			if (cell.contains(event.x, event.y)) {
				Rectangle text = item.getTextBounds(column);
				String shown = item.getText(column);
				GC gc = new GC(tree);
				int needed = gc.textExtent(shown).x;
				gc.dispose();
				tree.setToolTipText(text.x + needed > cell.x + cell.width ? shown : null);
				return;
			}
		}
	}

	private static Tree treeIn(Control control) {
		if (control instanceof Tree tree) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = treeIn(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
