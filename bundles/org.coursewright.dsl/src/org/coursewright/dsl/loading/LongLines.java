package org.coursewright.dsl.loading;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.loading.Problem.Severity;
import org.coursewright.dsl.validation.IssueCodes;

/**
 * Lines far longer than any paragraph: a pasting accident, or a file that is not a module.
 * Every step after parsing (checking the prose, formatting each citation on several pages,
 * packing) grows with what such a line holds, so it is an error, which stops publishing.
 */
final class LongLines {

	/** Five times a long paragraph written on one line. */
	static final int MAX_CHARACTERS = 10_000;
	/** Enough to find every place; a file of nothing but long lines is told about once per line up to this. */
	private static final int MAX_REPORTED = 10;

	private LongLines() {
	}

	static List<Problem> in(Path file, String text) {
		List<Problem> problems = new ArrayList<>();
		int line = 1;
		int start = 0;
		for (int i = 0; i <= text.length() && problems.size() < MAX_REPORTED; i++) {
			if (i == text.length() || text.charAt(i) == '\n') {
				int length = i - start;
				if (length > MAX_CHARACTERS) {
					problems.add(new Problem(file, line, MAX_CHARACTERS + 1, Severity.ERROR, IssueCodes.TOO_LONG, String.format(
							"This line is %,d characters long; a line may be up to %,d. Break it into shorter lines.", length, MAX_CHARACTERS)));
				}
				line++;
				start = i + 1;
			}
		}
		return problems;
	}
}
