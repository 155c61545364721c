package org.coursewright.publish.references;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.StringHelper;

/**
 * CSL title case leaves its stop words, prepositions among them, in lower case. citeproc-java
 * 3.5.2's list lacks "about" and "above", so it printed "Talking About Student Voice" where
 * Chicago (CMOS 18 §8.160: prepositions lowercase, whatever their length) and citeproc-js print
 * "Talking about Student Voice". Each title the processor put in title case is found in what it
 * printed, as its own title-case conversion gives it, and the two words are lowered there.
 * <p>
 * A title written in title case already reads the same converted or not; it is left as written,
 * since a style that prints it as written must not change it.
 */
final class TitleCasePrepositions {

	/** Not first in its sentence, followed by what makes a stop word in citeproc-java's conversion. */
	private static final Pattern MISSED = Pattern.compile("(?<=[\\p{L}\\d][^:.“‘]{0,200}[^\\p{L}\\d-])(About|Above)(?=[^\\p{L}\\d_:'\"‘’“”-])");
	private static final List<Function<CSLItemData, String>> TITLES = List.of(CSLItemData::getTitle, CSLItemData::getContainerTitle);

	private final List<Function<CSLItemData, String>> titleCased;

	private TitleCasePrepositions(List<Function<CSLItemData, String>> titleCased) {
		this.titleCased = titleCased;
	}

	/** For a style that puts titles (title, container-title) in title case. */
	static TitleCasePrepositions forStyle(CslStyle style) {
		return new TitleCasePrepositions(List.of(
				style.titleCases("title") ? TITLES.get(0) : item -> null,
				style.titleCases("container-title") ? TITLES.get(1) : item -> null));
	}

	/** What the processor printed for this work (an entry or a citation), its title-cased titles mended. */
	String mend(String printed, CSLItemData item) {
		String mended = printed;
		for (Function<CSLItemData, String> title : titleCased) {
			String written = title.apply(item);
			if (written != null) {
				Optional<Correction> correction = corrections.computeIfAbsent(written, TitleCasePrepositions::correctionOf);
				if (correction.isPresent()) {
					mended = mended.replace(correction.get().printed(), correction.get().mended());
				}
			}
		}
		return mended;
	}

	/** A title as the processor prints it and as it should read. */
	private record Correction(String printed, String mended) {
	}

	/**
	 * Each title is looked at once, however often it is cited: the conversion and the search
	 * cost far more than the lookup.
	 */
	private final Map<String, Optional<Correction>> corrections = new ConcurrentHashMap<>();

	private static Optional<Correction> correctionOf(String written) {
		String converted = StringHelper.toTitleCase(written);
		if (converted.equals(written) || !(converted.contains("About") || converted.contains("Above"))) {
			return Optional.empty();
		}
		String corrected = lowerMissedPrepositions(converted);
		return converted.equals(corrected) ? Optional.empty() : Optional.of(new Correction(escaped(converted), escaped(corrected)));
	}

	static String lowerMissedPrepositions(String titleCased) {
		Matcher matcher = MISSED.matcher(titleCased);
		StringBuilder lowered = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(lowered, matcher.group(1).toLowerCase(Locale.ENGLISH));
		}
		return matcher.appendTail(lowered).toString();
	}

	/** As citeproc-java's HTML output escapes text. */
	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
