package org.coursewright.fuzz.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.spi.LoggingEvent;

/**
 * What Xtext and EMF log at ERROR while an input is checked, by thread: a check that throws
 * is caught and logged by Xtext's CompositeEValidator, so without this a bug would pass as a
 * quiet run. Replaces the console appender, so the test log stays readable.
 */
final class LoggedErrors extends AppenderSkeleton {

	private final Map<Thread, List<LoggingEvent>> byThread = new ConcurrentHashMap<>();

	static LoggedErrors install() {
		LoggedErrors errors = new LoggedErrors();
		Logger root = Logger.getRootLogger();
		root.removeAllAppenders();
		root.addAppender(errors);
		return errors;
	}

	@Override
	protected void append(LoggingEvent event) {
		if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
			byThread.computeIfAbsent(Thread.currentThread(), t -> new ArrayList<>()).add(event);
		}
	}

	/** What this thread logged since it last asked, and forgets it. */
	List<LoggingEvent> takeForThisThread() {
		List<LoggingEvent> events = byThread.remove(Thread.currentThread());
		return events == null ? List.of() : events;
	}

	@Override
	public void close() {
	}

	@Override
	public boolean requiresLayout() {
		return false;
	}
}
