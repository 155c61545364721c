package org.coursewright.fuzz.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * Makes a failing input as small as it stays failing the same way: files put back as they
 * were, then lines taken out in ever smaller runs (delta debugging), then long lines cut in
 * half while that still fails. A reproducer a person can read and a test can hold.
 */
final class Reducer {

	private final ModuleInput original;
	private final Predicate<ModuleInput> failsTheSameWay;
	private final long deadline;

	Reducer(ModuleInput original, Predicate<ModuleInput> failsTheSameWay, long budgetMillis) {
		this.original = original;
		this.failsTheSameWay = failsTheSameWay;
		this.deadline = System.currentTimeMillis() + budgetMillis;
	}

	ModuleInput reduce(ModuleInput failing) {
		ModuleInput smallest = failing.copy();
		for (String file : changedFiles(smallest)) {
			ModuleInput restored = smallest.copy();
			restored.put(file, original.bytes(file) == null ? new byte[0] : original.bytes(file));
			if (timeLeft() && failsTheSameWay.test(restored)) {
				smallest = restored;
			}
		}
		for (String file : changedFiles(smallest)) {
			smallest = withFewerLines(smallest, file);
			smallest = withShorterLines(smallest, file);
		}
		return smallest;
	}

	private List<String> changedFiles(ModuleInput input) {
		return input.files().keySet().stream().filter(f -> original.bytes(f) == null || !Arrays.equals(original.bytes(f), input.bytes(f)))
				.toList();
	}

	private ModuleInput withFewerLines(ModuleInput input, String file) {
		List<String> lines = new ArrayList<>(Arrays.asList(input.text(file).split("\n", -1)));
		ModuleInput smallest = input;
		for (int chunk = Math.max(1, lines.size() / 2); chunk >= 1 && timeLeft(); chunk /= 2) {
			for (int from = 0; from < lines.size() && timeLeft();) {
				List<String> fewer = new ArrayList<>(lines);
				fewer.subList(from, Math.min(lines.size(), from + chunk)).clear();
				ModuleInput candidate = smallest.copy();
				candidate.put(file, String.join("\n", fewer));
				if (failsTheSameWay.test(candidate)) {
					lines = fewer;
					smallest = candidate;
				} else {
					from += chunk;
				}
			}
		}
		return smallest;
	}

	private ModuleInput withShorterLines(ModuleInput input, String file) {
		List<String> lines = new ArrayList<>(Arrays.asList(input.text(file).split("\n", -1)));
		ModuleInput smallest = input;
		for (int i = 0; i < lines.size() && timeLeft(); i++) {
			while (lines.get(i).length() > 80 && timeLeft()) {
				String line = lines.get(i);
				List<String> shorter = new ArrayList<>(lines);
				int half = line.length() / 2;
				shorter.set(i, line.substring(0, line.length() / 4) + line.substring(line.length() / 4 + half));
				ModuleInput candidate = smallest.copy();
				candidate.put(file, String.join("\n", shorter));
				if (!failsTheSameWay.test(candidate)) {
					break;
				}
				lines = shorter;
				smallest = candidate;
			}
		}
		return smallest;
	}

	private boolean timeLeft() {
		return System.currentTimeMillis() < deadline;
	}
}
