package org.coursewright.publish.references;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rearranges a parenthetical author–date citation for running text: "(MacBeath &amp;
 * Dempster, 2009, p. 42)" becomes "MacBeath and Dempster (2009, p. 42)", as APA, Harvard and
 * Chicago author–date all write narrative citations.
 */
final class NarrativeCitation {

	// Authors, then the first comma or space before a four-digit year (Chicago has no comma).
	private static final Pattern PARENTHETICAL = Pattern.compile("^\\((.+?),? (\\d{4}[a-z]?|n\\.d\\.)(.*)\\)$", Pattern.DOTALL);

	private NarrativeCitation() {
	}

	static String from(String parenthetical) {
		Matcher m = PARENTHETICAL.matcher(parenthetical.strip());
		if (!m.matches()) {
			return parenthetical;
		}
		String authors = m.group(1).replace(" &amp; ", " and ").replace(" & ", " and ");
		return authors + " (" + m.group(2) + m.group(3) + ")";
	}
}
