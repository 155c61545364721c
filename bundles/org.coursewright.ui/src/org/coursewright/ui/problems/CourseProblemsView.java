package org.coursewright.ui.problems;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.markers.MarkerSupportView;

/**
 * The Problems view of the Course Authoring perspective: the Platform's markers view (grouping,
 * filters, Quick Fix, Go To) with two columns, the problem and its place, where the problem's
 * column takes all the width the place leaves. The Platform's own Problems view keeps the width
 * its Description column had when first shown (about 350 pixels), so the checker's sentences were
 * cut off however wide the view was. A sentence still wider than the view is shown whole in the
 * row's tooltip and, for the selected row, in the status line.
 */
public class CourseProblemsView extends MarkerSupportView {

	public static final String ID = "org.coursewright.ui.problems";
	private static final String GENERATOR = "org.coursewright.ui.problemsGenerator";
	private static final int SMALLEST_DESCRIPTION = 120;

	public CourseProblemsView() {
		super(GENERATOR);
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		Tree tree = treeIn(parent);
		if (tree != null) {
			tree.addListener(SWT.Resize, event -> fillWidth(tree));
			for (TreeColumn column : tree.getColumns()) {
				column.addListener(SWT.Resize, event -> {
					if (column != tree.getColumn(0)) {
						fillWidth(tree);
					}
				});
			}
			tree.addListener(SWT.MouseHover, event -> showWholeText(tree, event));
			tree.addListener(SWT.MouseMove, event -> tree.setToolTipText(null));
		}
	}

	/** Gives the description column the width the other columns leave in the view. */
	private static void fillWidth(Tree tree) {
		if (tree.isDisposed() || tree.getColumnCount() == 0) {
			return;
		}
		int others = 0;
		for (int i = 1; i < tree.getColumnCount(); i++) {
			others += tree.getColumn(i).getWidth();
		}
		int width = Math.max(SMALLEST_DESCRIPTION, tree.getClientArea().width - others);
		if (tree.getColumn(0).getWidth() != width) {
			tree.getColumn(0).setWidth(width);
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
