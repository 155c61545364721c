package org.coursewright.dsl.loading;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One diagnostic for a designer: where (file, 1-based line and column), how bad, which rule
 * (a stable code from {@link org.coursewright.dsl.validation.IssueCodes}) and what to do.
 */
public record Problem(Path file, int line, int column, Severity severity, String code, String message) {

	public enum Severity {
		ERROR, WARNING;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public static final Comparator<Problem> BY_PLACE = Comparator.comparing((Problem p) -> p.file().toString())
			.thenComparingInt(Problem::line).thenComparingInt(Problem::column);

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** "units/01.course:12:5: error: [duplicate-id] The id ..." */
	public String format(Path base) {
		return shown(base, file) + ":" + line + ":" + column + ": " + severity.label() + ": [" + code + "] " + message;
	}

	/** A path as a designer wants to read it: relative to where they work, when it is inside it. */
	public static Path shown(Path base, Path file) {
		return base == null ? file : relativize(base, file);
	}

	private static Path relativize(Path base, Path file) {
		try {
			Path relative = base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
			return relative.startsWith("..") ? file : relative;
		} catch (IllegalArgumentException e) {
			return file;
		}
	}
}
