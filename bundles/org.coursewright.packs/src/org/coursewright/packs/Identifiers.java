package org.coursewright.packs;

/** XML identifiers (xs:ID) made from the module's ids, which may hold characters an ID cannot. */
public final class Identifiers {

	private Identifiers() {
	}

	/** Letters, digits, "_", "-" and "." kept; anything else becomes "_". */
	public static String safe(String id) {
		StringBuilder safe = new StringBuilder();
		for (char c : (id == null ? "" : id).toCharArray()) {
			safe.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '.' ? c : '_');
		}
		return safe.toString();
	}
}
