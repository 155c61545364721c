package org.coursewright.fuzz.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs inputs one at a time on a thread of its own, each in a folder of its own, and gives up
 * on one that takes longer than the limit: that is a finding, and the thread still busy with
 * it is left behind with its folder (a Java thread cannot be stopped) while a new one takes over.
 */
final class TimedRunner implements AutoCloseable {

	/** Threads left behind, across all runners: too many means something hangs for good. */
	static final AtomicInteger ABANDONED = new AtomicInteger();

	private final ModuleRun run;
	private final Path work;
	private final Duration limit;
	private ExecutorService thread;
	private Path folder;
	private int generation;

	TimedRunner(ModuleRun run, Path work, Duration limit) {
		this.run = run;
		this.work = work;
		this.limit = limit;
		start();
	}

	private void start() {
		thread = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "fuzz-" + work.getFileName() + "-" + generation);
			t.setDaemon(true);
			return t;
		});
		folder = work.resolve("module-" + generation++);
	}

	/** The outcome, or a {@link Finding#SLOW} finding when the input took longer than the limit. */
	ModuleRun.Outcome run(ModuleInput input) {
		Future<ModuleRun.Outcome> outcome = thread.submit(() -> run.run(input, folder));
		try {
			return outcome.get(limit.toMillis(), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			outcome.cancel(true);
			thread.shutdownNow();
			ABANDONED.incrementAndGet();
			start();
			return new ModuleRun.Outcome(false, Optional.of(new Finding(Finding.SLOW, Finding.SLOW + ": over " + limit.toSeconds() + " s",
					"checking, publishing and packing this input took more than " + limit.toSeconds() + " s")));
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw new UncheckedIOException(io); // the fuzzer's own folder, not Coursewright
			}
			Throwable cause = e.getCause();
			return new ModuleRun.Outcome(false, Optional.of(Finding.of(Finding.EXCEPTION, cause)));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
	}

	@Override
	public void close() {
		thread.shutdownNow();
	}
}
