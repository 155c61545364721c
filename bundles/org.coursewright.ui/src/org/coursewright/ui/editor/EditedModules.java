package org.coursewright.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;

/**
 * The module as last loaded with an edited file's text. Checking, colouring, folding and the
 * Outline all wake after the same pause in typing; the first one parses and checks, the
 * others take its result instead of doing that work again, and so does the preview when a
 * file is saved as it was last checked. Callers only read the result: loading has already
 * resolved every link, so reading changes nothing.
 */
public final class EditedModules {

	/** Enough for the editors open side by side; older entries are parsed again if needed. */
	private static final int KEPT = 4;

	/** The module loaded with this text, while the folder's other files were as in the snapshot. */
	private record Loaded(String text, Map<Path, String> others, LoadedModule module) {
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
		Map<Path, String> others = otherFiles(file);
		Loaded last = LAST.get(file);
		if (last != null && last.text().equals(text) && last.others().equals(others)) {
			return last.module();
		}
		LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).loadEdited(file, text);
		LAST.put(file, new Loaded(text, others, module));
		return module;
	}

	/**
	 * The other module files beside this one, each with its size and time of last change: when
	 * another file of the module is saved, what was loaded before is out of date.
	 */
	private static Map<Path, String> otherFiles(Path file) {
		Map<Path, String> others = new HashMap<>();
		Path normal = file.toAbsolutePath().normalize();
		try (Stream<Path> siblings = Files.list(normal.getParent())) {
			for (Path sibling : siblings.filter(p -> p.getFileName().toString().endsWith(ModuleLoader.FILE_EXTENSION)).toList()) {
				if (!sibling.equals(normal)) {
					others.put(sibling, Files.size(sibling) + "@" + Files.getLastModifiedTime(sibling).toMillis());
				}
			}
		} catch (IOException e) {
			others.put(normal, "unreadable at " + System.nanoTime()); // no later snapshot equals it: load again
		}
		return others;
	}
}
