package org.coursewright.cli;

import org.coursewright.dsl.CourseStandaloneSetup;
import org.coursewright.dsl.loading.ModuleLoader;

import com.google.inject.Injector;

/** The language's services, set up once per process on first use. */
final class Language {

	private static Injector injector;

	private Language() {
	}

	static synchronized ModuleLoader moduleLoader() {
		if (injector == null) {
			injector = new CourseStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector.getInstance(ModuleLoader.class);
	}
}
