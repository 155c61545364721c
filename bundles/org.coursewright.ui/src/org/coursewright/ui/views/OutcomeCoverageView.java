package org.coursewright.ui.views;

import java.util.List;

import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.OutcomeCoverage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Each learning outcome against the activities and forum prompts that serve it; unserved ones in red. */
public class OutcomeCoverageView extends ActiveModuleView {

	public static final String ID = "org.coursewright.ui.outcomeCoverage";

	private Table table;

	@Override
	protected void createContents(Composite parent) {
		table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String heading : new String[] { "Outcome", "Served by" }) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(heading);
			column.setWidth(heading.equals("Outcome") ? 420 : 300);
		}
	}

	@Override
	public void setFocus() {
		table.setFocus();
	}

	@Override
	protected void show(CourseModule module) {
		table.removeAll();
		OutcomeCoverage.of(module).forEach((Outcome outcome, List<String> served) -> {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { outcome.getName() + ": " + outcome.getText(),
					served.isEmpty() ? "nothing yet" : String.join(", ", served) });
			if (served.isEmpty()) {
				item.setForeground(table.getDisplay().getSystemColor(SWT.COLOR_RED));
			}
		});
	}

	public Table table() {
		return table;
	}
}
