package org.coursewright.publish.references;

/**
 * How a style introduces the work that cites a work the writer has not read: APA 7 writes
 * "(Harris &amp; Muijs, as cited in O'Donoghue &amp; Clarke, 2010)" (§8.6), the Harvard guides
 * "cited in" (Cite Them Right; the OU Harvard guide), Chicago "quoted in" (CMOS 17 §15.52).
 * CSL has no term for it, so it is chosen here by style family.
 */
final class SecondarySources {

	private SecondarySources() {
	}

	/** The item prefix that names the original work: "Harris and Muijs, as cited in". */
	static String prefix(String styleName, String original) {
		return original + ", " + phrase(styleName);
	}

	static String phrase(String styleName) {
		if (styleName.equals("apa") || styleName.startsWith("apa-")) {
			return "as cited in";
		}
		if (styleName.startsWith("chicago")) {
			return "quoted in";
		}
		return "cited in";
	}
}
