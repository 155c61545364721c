package org.coursewright.packs;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one time written into packs whose formats ask for one (an e-book's "modified", a PDF's dates),
 * so that packing the same module twice gives the same bytes: SOURCE_DATE_EPOCH when the build sets it
 * (the reproducible-builds convention, for a release that wants its real date), otherwise the same fixed
 * time the zips carry.
 */
public final class ReproducibleTime {

	private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

	private ReproducibleTime() {
	}

	public static Instant instant() {
		String epoch = System.getenv("SOURCE_DATE_EPOCH");
		if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
			return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
		}
		return FIXED.toInstant(ZoneOffset.UTC);
	}

	/** "2000-01-01T00:00:00Z", as EPUB's dcterms:modified wants it. */
	public static String iso() {
		return DateTimeFormatter.ISO_INSTANT.format(instant());
	}
}
