package org.coursewright.ui.element;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Text;

/**
 * A file of the module (a figure's image, a video, its captions): typed, or chosen with Browse…
 * A chosen file is written relative to the module folder with '/' (as the language reads on any
 * system); one outside the folder is refused, since nothing is read from outside a module.
 */
class FileField implements FormField {

	private final Text text;
	private final EStructuralFeature feature;
	private final FieldEdits edits;
	private Path folder;
	/** The file the element names, as last shown or taken: leaving the field unchanged writes nothing. */
	private String shown = "";

	FileField(Composite form, String label, EStructuralFeature feature, FieldEdits edits) {
		this.feature = feature;
		this.edits = edits;
		Rows.label(form, label);
		Composite row = new Composite(form, SWT.NONE);
		row.setLayoutData(Rows.filling());
		GridLayout layout = new GridLayout(2, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		row.setLayout(layout);
		text = new Text(row, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(Rows.filling());
		text.setData("org.coursewright.field", label);
		text.setData(FileField.class.getName(), this);
		Button browse = new Button(row, SWT.PUSH);
		browse.setText("Browse…");
		browse.setData("org.coursewright.field", label + " Browse");
		text.addListener(SWT.DefaultSelection, event -> take(text.getText().strip()));
		text.addListener(SWT.FocusOut, event -> take(text.getText().strip()));
		browse.addListener(SWT.Selection, event -> {
			FileDialog dialog = new FileDialog(browse.getShell(), SWT.OPEN);
			dialog.setFilterPath(folder == null ? null : folder.toString());
			String chosen = dialog.open();
			if (chosen != null) {
				choose(Path.of(chosen));
			}
		});
	}

	/** What Browse… does with the chosen file. */
	void choose(Path chosen) {
		Optional<String> relative = relativeToModule(chosen);
		if (relative.isEmpty()) {
			edits.refuse("Choose a file inside the module folder " + folder + ": " + chosen + " is outside it.");
			return;
		}
		text.setText(relative.get());
		take(relative.get());
	}

	private Optional<String> relativeToModule(Path chosen) {
		if (folder == null) {
			return Optional.empty();
		}
		Path file = chosen.toAbsolutePath().normalize();
		if (!file.startsWith(folder) || file.equals(folder)) {
			return Optional.empty();
		}
		return Optional.of(folder.relativize(file).toString().replace('\\', '/'));
	}

	private void take(String typed) {
		if (!typed.equals(shown)) {
			shown = typed;
			edits.change(feature, fresh -> typed.isEmpty() ? null : typed);
		}
	}

	@Override
	public void show(EObject element, CourseModule module) {
		folder = Path.of(module.folder().toFileString()).toAbsolutePath().normalize();
		shown = Objects.toString(element.eGet(feature), "");
		if (!text.isFocusControl()) {
			text.setText(shown);
		}
	}
}
