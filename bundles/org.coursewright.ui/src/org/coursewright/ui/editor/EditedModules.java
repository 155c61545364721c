package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;

/**
 * The module as last loaded with an edited file's text. Checking, colouring, folding and the
 * Outline all wake after the same pause in typing; the first one parses and checks, the
 * others take its result instead of doing that work again. Callers only read the result:
 * checking has already resolved every link, so reading changes nothing.
 */
public final class EditedModules {

	/** Enough for the editors open side by side; older entries are parsed again if needed. */
	private static final int KEPT = 4;

	private record Loaded(String text, LoadedModule module) {
	}

	private static final Map<Path, Loaded> LAST = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Path, Loaded> eldest) {
			return size() > KEPT;
		}
	};

	private EditedModules() {
	}

	/** Loads the module of the file's folder with the given text for the file, unless that was just done. */
	public static synchronized LoadedModule load(Path file, String text) {
		Loaded last = LAST.get(file);
		if (last != null && last.text().equals(text)) {
			return last.module();
		}
		LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).loadEdited(file, text);
		LAST.put(file, new Loaded(text, module));
		return module;
	}
}
