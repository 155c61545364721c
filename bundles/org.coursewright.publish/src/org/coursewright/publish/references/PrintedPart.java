package org.coursewright.publish.references;

import java.util.Optional;

import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;

/**
 * One part of what citeproc-java printed, such as a list of names, found without formatting
 * anything by hand: the work is printed once as it is and once with a marker in place of that
 * part, and the part is what the first has where the second has the marker.
 */
final class PrintedPart {

	/** A Unicode private-use character; works whose data hold it are formatted without markers (see References). */
	static final String MARK = "\uE001";

	private PrintedPart() {
	}

	/** A name that prints as the marker, to stand in for a list of names. */
	static CSLName markName() {
		return new CSLNameBuilder().literal(MARK).build();
	}

	/**
	 * What {@code printed} has where {@code marked} has the marker. The two are the same text
	 * around it, except that punctuation after the marker may have merged with the end of the
	 * printed part ("A." and ". " print "A. "), so their common ending is left out.
	 */
	static Optional<String> inPlaceOf(String printed, String marked) {
		int at = marked.indexOf(MARK);
		if (at < 0 || !printed.startsWith(marked.substring(0, at))) {
			return Optional.empty();
		}
		String rest = printed.substring(at);
		String after = marked.substring(at + MARK.length());
		int common = 0;
		while (common < after.length() && common < rest.length()
				&& rest.charAt(rest.length() - 1 - common) == after.charAt(after.length() - 1 - common)) {
			common++;
		}
		return common == after.length() ? Optional.of(rest.substring(0, rest.length() - common)) : Optional.empty();
	}
}
