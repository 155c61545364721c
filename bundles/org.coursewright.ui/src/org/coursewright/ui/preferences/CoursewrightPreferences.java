package org.coursewright.ui.preferences;

import java.nio.file.Path;

import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.publish.PublishOptions;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/**
 * The designer's settings for the workbench: the reference style and language a module gets
 * when it names none, and whether the preview follows each save at once.
 */
public final class CoursewrightPreferences {

	public static final String QUALIFIER = "org.coursewright.ui";
	public static final String STYLE = "referenceStyle";
	public static final String LANGUAGE = "referenceLanguage";
	public static final String PREVIEW_ON_SAVE = "previewOnSave";

	public static final String DEFAULT_STYLE = "apa";
	public static final String DEFAULT_LANGUAGE = "en-GB";

	private CoursewrightPreferences() {
	}

	/** The store the preference page edits, with the defaults above. */
	public static IPreferenceStore store() {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		store.setDefault(STYLE, DEFAULT_STYLE);
		store.setDefault(LANGUAGE, DEFAULT_LANGUAGE);
		store.setDefault(PREVIEW_ON_SAVE, true);
		return store;
	}

	public static String style() {
		return Platform.getPreferencesService().getString(QUALIFIER, STYLE, DEFAULT_STYLE, null);
	}

	public static String language() {
		return Platform.getPreferencesService().getString(QUALIFIER, LANGUAGE, DEFAULT_LANGUAGE, null);
	}

	public static boolean previewOnSave() {
		return Platform.getPreferencesService().getBoolean(QUALIFIER, PREVIEW_ON_SAVE, true, null);
	}

	/**
	 * How the workbench publishes a module into a folder: with the module's own style and
	 * language where its header names them, the designer's defaults where it does not.
	 */
	public static PublishOptions publishOptions(CourseModule module, Path output) {
		Module header = module.header().orElse(null);
		boolean namesStyle = header != null && header.getCitationStyle() != null && !header.getCitationStyle().isBlank();
		boolean namesLanguage = header != null && header.getLanguage() != null && !header.getLanguage().isBlank();
		return new PublishOptions(output, namesStyle ? null : style(), namesLanguage ? null : language(), null);
	}
}
