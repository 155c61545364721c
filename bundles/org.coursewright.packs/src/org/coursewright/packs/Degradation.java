package org.coursewright.packs;

/**
 * Something of the module a format cannot carry as it is, and what became of it:
 * "Forum prompt 'leading-forum' (Session 1.2)" became "a block in the page; SCORM has no forums".
 */
public record Degradation(String element, String became) {

	@Override
	public String toString() {
		return element + ": " + became;
	}
}
