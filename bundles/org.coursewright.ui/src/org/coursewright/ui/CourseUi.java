package org.coursewright.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.coursewright.dsl.ide.CourseIdeSetup;

import com.google.inject.Injector;

/** The language's services for the workbench: the runtime module mixed with the IDE module, made once. */
public final class CourseUi {

	private static Injector injector;
	private static ExecutorService background;

	private CourseUi() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			org.apache.log4j.Logger.getLogger("org.eclipse.xtext").setLevel(org.apache.log4j.Level.ERROR);
			injector = new CourseIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	/** Threads for Xtext's content assist parser; daemons, so they never keep the workbench from closing. */
	public static synchronized ExecutorService background() {
		if (background == null) {
			background = Executors.newCachedThreadPool(runnable -> {
				Thread thread = new Thread(runnable, "coursewright-language");
				thread.setDaemon(true);
				return thread;
			});
		}
		return background;
	}
}
