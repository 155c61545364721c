package org.coursewright.dsl.validation;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link targets may appear in a page. Only web, e-mail and telephone links, and
 * paths inside the module, are allowed: {@code javascript:}, {@code data:} and the like
 * can run code or smuggle content into a learner's browser.
 */
public final class LinkSafety {

	private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

	private LinkSafety() {
	}

	/** The scheme that makes a target unsafe, or null when it is safe. */
	public static String unsafeScheme(String target) {
		if (target == null) {
			return null;
		}
		// Browsers ignore control characters and white space inside a scheme ("java\tscript:").
		String compact = target.replaceAll("[\\p{Cntrl}\\s]", "");
		Matcher scheme = SCHEME.matcher(compact);
		if (!scheme.find()) {
			return null;
		}
		String name = scheme.group(1).toLowerCase(Locale.ROOT);
		return SAFE_SCHEMES.contains(name) ? null : name;
	}
}
