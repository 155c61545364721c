package org.coursewright.dsl.tests;

import org.coursewright.dsl.CourseStandaloneSetup;

import com.google.inject.Injector;

/** The language set up once for all tests, as the command line sets it up. */
public final class CourseLanguage {

	private static Injector injector;

	private CourseLanguage() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.ERROR);
			injector = new CourseStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static <T> T get(Class<T> type) {
		return injector().getInstance(type);
	}
}
