package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishOptions;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.preferences.CoursewrightPreferencePage;
import org.coursewright.ui.preferences.CoursewrightPreferences;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Window › Preferences › Coursewright: the defaults a module without its own style and language is published with. */
class PreferencesTest {

	@TempDir
	Path folder;

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(CoursewrightPreferences.QUALIFIER);

	@AfterEach
	void forget() throws Exception {
		node.clear();
		node.flush();
	}

	@Test
	void aModuleWithoutItsOwnStyleAndLanguageGetsTheDesignersDefaults() throws Exception {
		node.put(CoursewrightPreferences.STYLE, "chicago-author-date");
		node.put(CoursewrightPreferences.LANGUAGE, "en-US");
		CourseModule plain = load(new ModuleFixture(folder.resolve("plain")).file("m.course", ModuleFixture.HEADER));
		PublishOptions options = CoursewrightPreferences.publishOptions(plain, folder.resolve("site"));
		assertEquals("chicago-author-date", options.style());
		assertEquals("en-US", options.language());

		CourseModule own = load(new ModuleFixture(folder.resolve("own")).file("m.course",
				"module T1 \"T\" {\n\tlanguage \"en-GB\"\n\tstyle \"apa\"\n}\n"));
		PublishOptions owns = CoursewrightPreferences.publishOptions(own, folder.resolve("site"));
		assertNull(owns.style(), "the module's own style wins");
		assertNull(owns.language(), "the module's own language wins");
	}

	/**
	 * Loaded as the workbench loads modules. (ModuleFixture.load() sets the language up
	 * standalone, which registers its own resource factory for .course files in this runtime,
	 * and the editor's content assist then meets resources of another injector.)
	 */
	private static CourseModule load(ModuleFixture module) throws Exception {
		return CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(module.folder())).get(0).model();
	}

	@Test
	void thePageIsUnderWindowPreferences() {
		PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
				"org.coursewright.ui.preferences", null, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertTrue(dialog.getSelectedPage() instanceof CoursewrightPreferencePage, String.valueOf(dialog.getSelectedPage()));
			assertTrue(CoursewrightPreferences.previewOnSave(), "the preview follows saves unless the designer says otherwise");
		} finally {
			dialog.close();
		}
	}
}
