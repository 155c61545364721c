package org.coursewright.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.coursewright.dsl.loading.ModuleLoader;

/**
 * "[12/100] EDL712": a line on the terminal, redrawn in place, for runs that take more than a
 * couple of seconds; nothing at all when the output is not a terminal (a CI log, a pipe), so
 * logs and reports stay as they are. Cleared when the run ends.
 */
final class Progress implements AutoCloseable {

	/** Shorter runs show no progress: the result comes before anyone would read it. */
	private static final long DELAY_MILLIS = 2_000;
	private static final long EVERY_MILLIS = 250;

	private final int total;
	private final PrintWriter terminal;
	private final AtomicInteger done = new AtomicInteger();
	private final AtomicReference<String> current = new AtomicReference<>("");
	private final ScheduledExecutorService timer;
	private volatile boolean shown;

	/**
	 * A progress line on {@code err} when it is a terminal, else one that prints nothing; the
	 * modules are counted only for a terminal, so a CI run does not walk the folders once more.
	 */
	static Progress on(PrintWriter err, List<Path> paths) throws ModuleLoader.BadPathException {
		if (System.console() == null || !isTerminal()) {
			return new Progress(0, null);
		}
		return new Progress(ModuleLoader.moduleFolders(paths).size(), err);
	}

	/** A progress line over {@code total} modules on {@code err} when it is a terminal, else one that prints nothing. */
	static Progress on(PrintWriter err, int total) {
		return System.console() == null || !isTerminal() ? new Progress(0, null) : new Progress(total, err);
	}

	Progress(int total, PrintWriter terminal) {
		this.total = total;
		this.terminal = terminal;
		if (terminal == null) {
			timer = null;
			return;
		}
		timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread thread = new Thread(r, "coursewright-progress");
			thread.setDaemon(true);
			return thread;
		});
		timer.scheduleAtFixedRate(this::draw, DELAY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
	}

	/** Java 22 tells whether the console is really a terminal; before that, having one means it is. */
	private static boolean isTerminal() {
		try {
			return (boolean) java.io.Console.class.getMethod("isTerminal").invoke(System.console());
		} catch (ReflectiveOperationException e) {
			return true;
		}
	}

	void started(Path module) {
		current.set(module.getFileName() == null ? module.toString() : module.getFileName().toString());
	}

	void finished() {
		done.incrementAndGet();
	}

	/** The line as it is drawn now. */
	String line() {
		return "[" + done.get() + "/" + total + "] " + current.get();
	}

	private synchronized void draw() {
		terminal.print("\r\u001B[K" + line());
		terminal.flush();
		shown = true;
	}

	@Override
	public synchronized void close() {
		if (timer == null) {
			return;
		}
		timer.shutdownNow();
		if (shown) {
			terminal.print("\r\u001B[K");
			terminal.flush();
		}
	}
}
