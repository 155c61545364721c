package org.coursewright.cli;

import org.coursewright.dsl.CourseStandaloneSetup;
import org.coursewright.dsl.formatting2.FormattedText;
import org.coursewright.dsl.loading.ModuleLoader;

import com.google.inject.Injector;

/** The language's services, set up once per process on first use. */
final class Language {

	private static Injector injector;

	private Language() {
	}

	static ModuleLoader moduleLoader() {
		return injector().getInstance(ModuleLoader.class);
	}

	static FormattedText formatter() {
		return injector().getInstance(FormattedText.class);
	}

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = new CourseStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
