package org.coursewright.packs.pdf;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The paper a course reader is laid out for: A4 where most learners print, US Letter by choice. */
public enum PageSize {
	A4("a4", "A4"), LETTER("letter", "letter");

	private final String id;
	private final String css;

	PageSize(String id, String css) {
		this.id = id;
		this.css = css;
	}

	/** The name given on the command line: "a4", "letter". */
	public String id() {
		return id;
	}

	/** The CSS paged-media size: "A4", "letter". */
	String css() {
		return css;
	}

	public static Optional<PageSize> of(String id) {
		return Arrays.stream(values()).filter(size -> size.id.equals(id.strip().toLowerCase(Locale.ROOT))).findFirst();
	}
}
