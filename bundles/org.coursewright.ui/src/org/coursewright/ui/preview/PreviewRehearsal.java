package org.coursewright.ui.preview;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.SourceText;
import org.coursewright.publish.Publisher;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.preferences.CoursewrightPreferences;

/**
 * Goes through what a save does (load the module with the file's text, render the session's
 * page) a few times, once per workbench session, on a thread of the lowest priority, as soon
 * as the preview first shows a page. A save otherwise runs that code for the first time while
 * the designer waits: the first saves after a start took two to three times as long as the
 * later ones, until the JIT had compiled the parser, the checks and the renderer. Nothing it
 * makes is kept or shown.
 */
final class PreviewRehearsal {

	/** Enough runs for the JIT to compile the hot paths: later runs were no faster. */
	private static final int RUNS = 15;
	private static final AtomicBoolean STARTED = new AtomicBoolean();

	private PreviewRehearsal() {
	}

	/** Starts the rehearsal on the module of the file and the session shown, unless it already ran. */
	static void startOnce(Path file, String sessionId, Path site) {
		if (!STARTED.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(() -> rehearse(file, sessionId, site), "coursewright-preview-rehearsal");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	private static void rehearse(Path file, String sessionId, Path site) {
		try {
			if (!(SourceText.decode(Files.readAllBytes(file)) instanceof SourceText.Readable readable)) {
				return;
			}
			ModuleLoader loader = CourseUi.injector().getInstance(ModuleLoader.class);
			for (int run = 0; run < RUNS; run++) {
				LoadedModule module = loader.loadEdited(file, readable.text());
				if (module.model() == null) {
					return;
				}
				Session session = PreviewView.sessionNamed(module, sessionId);
				if (session == null) {
					return;
				}
				Publisher.renderSessionPage(module.model(), CoursewrightPreferences.publishOptions(module.model(), site), session);
			}
		} catch (Exception e) {
			// a rehearsal that cannot run only leaves the first saves as slow as they were
		}
	}
}
