package org.coursewright.dsl.validation;

/**
 * The stable code of every problem the language reports. Codes appear in the command
 * line's output, in the workbench's Problems view and in quick fixes; never rename one.
 * docs/language.md lists them with examples.
 */
public final class IssueCodes {

	private IssueCodes() {
	}

	// errors
	public static final String SYNTAX = "syntax";
	public static final String UNREADABLE_FILE = "unreadable-file";
	public static final String MISSING_MODULE = "missing-module";
	public static final String SECOND_MODULE = "second-module";
	public static final String UNKNOWN_CITATION = "unknown-citation";
	public static final String UNKNOWN_READING = "unknown-reading";
	public static final String UNKNOWN_OUTCOME = "unknown-outcome";
	public static final String UNKNOWN_TARGET = "unknown-target";
	public static final String DUPLICATE_ID = "duplicate-id";
	public static final String MISSING_DESCRIPTION = "missing-description";
	public static final String MISSING_TRANSCRIPT = "missing-transcript";
	public static final String MISSING_MEDIA_SOURCE = "missing-media-source";
	public static final String UNSAFE_LINK = "unsafe-link";
	public static final String FILE_OUTSIDE_MODULE = "file-outside-module";
	public static final String MISSING_FILE = "missing-file";
	public static final String FILE_IS_LINK = "file-is-link";
	public static final String BIBLIOGRAPHY_UNREADABLE = "bibliography-unreadable";
	/** A value far longer than any real one: a pasting accident that would slow every step after it. */
	public static final String TOO_LONG = "too-long";
	/** An SVG figure holding script, event attributes or embedded documents. */
	public static final String ACTIVE_SVG = "active-svg";
	/** Coursewright itself failed on a file; the message asks for a report. */
	public static final String INTERNAL_ERROR = "internal-error";
	public static final String ADAPTATION_FILE = "adaptation-file";
	public static final String ADAPTATION_MODULE = "adaptation-module";
	public static final String ADAPTATION_TARGET = "adaptation-target";
	public static final String ADAPTATION_FIELD = "adaptation-field";
	/** Reported when an adaptation is applied: see the adaptations bundle. */
	public static final String ADAPTATION_UPSTREAM_CHANGED = "adaptation-upstream-changed";
	public static final String ADAPTATION_TARGET_GONE = "adaptation-target-gone";
	public static final String ADAPTATION_NOT_ACCEPTED = "adaptation-not-accepted";

	// warnings
	public static final String MISSING_TIMING = "missing-timing";
	public static final String STUDY_TIME_MISMATCH = "study-time-mismatch";
	public static final String OUTCOME_NOT_SERVED = "outcome-not-served";
	public static final String REFERENCE_NOT_CITED = "reference-not-cited";
	public static final String EMPTY_UNIT = "empty-unit";
	public static final String EMPTY_SESSION = "empty-session";
	public static final String INCOMPLETE_REFERENCE = "incomplete-reference";
}
