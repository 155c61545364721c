package org.coursewright.adaptations.changes;

import java.util.List;

/**
 * One change between two versions of a module, in the module's own terms.
 *
 * @param id the element's id, or null for the module as a whole (its study time)
 * @param element how learners know it: "Activity 2.3 'Rank the dimensions'"
 * @param kind what happened to it
 * @param movedTo for a moved element, where it went: "Session 1.2 'Going further'"; otherwise null
 * @param details one phrase per changed field: "timing about 20 minutes → about 30 minutes"
 */
public record ModuleChange(String id, String element, Kind kind, String movedTo, List<String> details) {

	public enum Kind {
		ADDED, REMOVED, MOVED, CHANGED
	}

	/**
	 * "Activity 2.3 'Rank the dimensions': timing about 20 minutes → about 30 minutes; instructions
	 * changed (+2 sentences)", "Study time 11 h 20 min → 12 h 5 min".
	 */
	@Override
	public String toString() {
		return switch (kind) {
			case ADDED -> element + " added";
			case REMOVED -> element + " removed";
			case MOVED -> element + " moved to " + movedTo + (details.isEmpty() ? "" : "; " + String.join("; ", details));
			case CHANGED -> element + (id == null ? " " : ": ") + String.join("; ", details);
		};
	}
}
