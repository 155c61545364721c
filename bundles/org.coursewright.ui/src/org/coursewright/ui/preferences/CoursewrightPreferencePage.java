package org.coursewright.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window › Preferences › Coursewright. */
public class CoursewrightPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The styles Coursewright carries corrections for and checks against citeproc-js. */
	private static final String[][] STYLES = { { "APA 7th edition", "apa" },
			{ "The Open University (Harvard)", "the-open-university-harvard" }, { "Cite Them Right (Harvard)", "harvard-cite-them-right" },
			{ "Chicago (author-date)", "chicago-author-date" } };

	public CoursewrightPreferencePage() {
		super(GRID);
		setDescription("For modules whose header names no style or language ('style \"…\"', 'language \"…\"').");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(CoursewrightPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(CoursewrightPreferences.STYLE, "Reference &style:", STYLES, getFieldEditorParent()));
		addField(new StringFieldEditor(CoursewrightPreferences.LANGUAGE, "Reference &language (such as en-GB, en-US):",
				getFieldEditorParent()));
		addField(new BooleanFieldEditor(CoursewrightPreferences.PREVIEW_ON_SAVE, "&Refresh the preview as soon as a file is saved",
				getFieldEditorParent()));
	}
}
