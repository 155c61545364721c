package org.coursewright.ui.views;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.studytime.StudyTime;
import org.coursewright.dsl.studytime.StudyTimeBreakdown;
import org.coursewright.dsl.studytime.StudyTimeRow;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/** Study time per unit, session and element, by kind of work, against the declared hours. */
public class StudyTimeView extends ActiveModuleView {

	public static final String ID = "org.coursewright.ui.studyTime";

	private Tree tree;
	private Label total;

	@Override
	protected void createContents(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		total = new Label(parent, SWT.WRAP);
		total.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		total.setText("Open a .course file to see its module's study time.");
		tree = new Tree(parent, SWT.BORDER | SWT.FULL_SELECTION);
		tree.setHeaderVisible(true);
		tree.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		for (String heading : new String[] { "Part", "Activities and forums", "Readings", "Media", "Total" }) {
			TreeColumn column = new TreeColumn(tree, SWT.LEFT);
			column.setText(heading);
			column.setWidth(heading.equals("Part") ? 320 : 130);
		}
	}

	@Override
	public void setFocus() {
		tree.setFocus();
	}

	@Override
	protected void show(CourseModule module) {
		StudyTimeBreakdown breakdown = StudyTimeBreakdown.of(module);
		tree.removeAll();
		breakdown.units().forEach(unit -> add(null, unit));
		String declared = breakdown.declaredMinutes() < 0 ? "no study hours declared"
				: StudyTime.format(breakdown.declaredMinutes()) + " declared";
		total.setText("Total " + StudyTime.format(breakdown.totalMinutes()) + " of " + declared
				+ (breakdown.isOver() ? " — over by more than 10 %" : ""));
		total.setForeground(breakdown.isOver() ? total.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
		total.getParent().layout();
	}

	/** The text of the summary line, as shown. */
	public String summary() {
		return total.getText();
	}

	public Tree tree() {
		return tree;
	}

	private void add(TreeItem parent, StudyTimeRow row) {
		TreeItem item = parent == null ? new TreeItem(tree, SWT.NONE) : new TreeItem(parent, SWT.NONE);
		item.setText(new String[] { row.label(), minutes(row.activityMinutes()), minutes(row.readingMinutes()),
				minutes(row.mediaMinutes()), StudyTime.format(row.totalMinutes()) });
		row.children().forEach(child -> add(item, child));
		item.setExpanded(parent == null);
	}

	private static String minutes(int minutes) {
		return minutes == 0 ? "" : StudyTime.format(minutes);
	}
}
