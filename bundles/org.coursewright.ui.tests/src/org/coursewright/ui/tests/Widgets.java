package org.coursewright.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/** Finding the widgets of a dialog or a view, as a user's eye would. */
final class Widgets {

	private Widgets() {
	}

	/** Every control of the given kind inside the parent, at any depth, in layout order. */
	static <T extends Control> List<T> controls(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(controls(composite, type));
			}
		}
		return found;
	}
}
