package org.coursewright.fuzz.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.coursewright.dsl.loading.ModuleLoader;

/**
 * Changes a module at random, again and again, and runs each input through checking,
 * publishing and packing on several threads at once (as {@code publish} runs a catalogue),
 * keeping the first input of each distinct failure, made as small as it stays failing, as a
 * reproducer. Input n of seed s is the same on every machine, whichever thread runs it.
 */
final class Fuzzer {

	/** An input taking longer than this is a finding: a build server must not stall on one module. */
	static final Duration SLOW = Duration.ofSeconds(5);
	/** Threads still busy with slow inputs after which the run stops: something hangs for good. */
	private static final int MAX_ABANDONED = 4;

	record Settings(long seed, Duration duration, long maxInputs, int threads, Path work, Path findings) {
	}

	/** The first input of a distinct failure and its reproducer's folder. */
	record Found(Finding finding, long input, List<String> mutations, Path reproducer) {
	}

	record Report(long inputs, long published, long millis, long slowestMillis, String slowestInput, List<Found> found) {

		double perSecond() {
			return inputs * 1000.0 / Math.max(1, millis);
		}

		String summary(long seed) {
			return String.format("fuzzed %,d inputs in %.0f s (%.0f a second, seed %d): %,d clean enough to publish and pack,"
					+ " %,d rejected with diagnostics; slowest %d ms (%s); %d distinct failures", inputs, millis / 1000.0, perSecond(),
					seed, published, inputs - published, slowestMillis, slowestInput, found.size());
		}
	}

	private final Settings settings;
	private final ModuleInput example;
	private final ModuleRun run;
	private final AtomicLong next = new AtomicLong();
	private final AtomicLong ran = new AtomicLong();
	private final AtomicLong published = new AtomicLong();
	private final Map<String, Found> found = new TreeMap<>();
	private long slowestMillis;
	private String slowestInput = "none";

	Fuzzer(Settings settings, ModuleInput example, ModuleLoader loader, LoggedErrors logged) {
		this.settings = settings;
		this.example = example;
		this.run = new ModuleRun(loader, logged);
	}

	Report run() throws InterruptedException {
		long start = System.currentTimeMillis();
		long end = start + settings.duration().toMillis();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < settings.threads(); t++) {
			Path work = settings.work().resolve("thread-" + t);
			Thread thread = new Thread(() -> fuzz(work, end), "fuzzer-" + t);
			threads.add(thread);
			thread.start();
		}
		for (Thread thread : threads) {
			thread.join();
		}
		long millis = System.currentTimeMillis() - start;
		List<Found> reproduced = new ArrayList<>();
		for (Found first : found.values()) {
			reproduced.add(reproducer(first));
		}
		return new Report(ran.get(), published.get(), millis, slowestMillis, slowestInput, reproduced);
	}

	private void fuzz(Path work, long end) {
		try (TimedRunner runner = new TimedRunner(run, work, SLOW)) {
			while (System.currentTimeMillis() < end && TimedRunner.ABANDONED.get() < MAX_ABANDONED) {
				long index = next.getAndIncrement();
				if (index >= settings.maxInputs()) {
					return;
				}
				ModuleInput input = example.copy();
				List<String> mutations = Mutations.mutate(input, random(index));
				long started = System.nanoTime();
				ModuleRun.Outcome outcome = runner.run(input);
				record(index, mutations, outcome, (System.nanoTime() - started) / 1_000_000);
			}
		}
	}

	/** The randomness of input n: the same for the same seed, whatever thread draws it. */
	private Random random(long index) {
		return new Random(settings.seed() * 0x9E3779B97F4A7C15L + index);
	}

	private synchronized void record(long index, List<String> mutations, ModuleRun.Outcome outcome, long millis) {
		ran.incrementAndGet();
		if (outcome.published()) {
			published.incrementAndGet();
		}
		if (millis > slowestMillis) {
			slowestMillis = millis;
			slowestInput = "input " + index + ": " + String.join("; ", mutations);
		}
		outcome.finding().ifPresent(finding -> found.putIfAbsent(finding.signature(), new Found(finding, index, mutations, null)));
	}

	/** The failing input made small and written out with what failed and how to make it again. */
	private Found reproducer(Found first) {
		ModuleInput input = example.copy();
		Mutations.mutate(input, random(first.input()));
		Path folder = settings.findings().resolve(first.finding().slug());
		try (TimedRunner runner = new TimedRunner(run, settings.work().resolve("reducer"), SLOW)) {
			long budget = first.finding().kind().equals(Finding.SLOW) ? 60_000 : 20_000;
			ModuleInput smallest = new Reducer(example, candidate -> runner.run(candidate).finding()
					.map(f -> f.signature().equals(first.finding().signature())).orElse(false), budget).reduce(input);
			smallest.writeInto(folder.resolve("module"));
			Files.writeString(folder.resolve("finding.txt"), first.finding().signature() + "\n\nfrom input " + first.input() + " of seed "
					+ settings.seed() + ", made by: " + String.join("; ", first.mutations()) + "\nreduced from " + input.size() + " to "
					+ smallest.size() + " bytes; the module is in module/\n\n" + first.finding().detail() + "\n", StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new Found(first.finding(), first.input(), first.mutations(), folder);
	}
}
