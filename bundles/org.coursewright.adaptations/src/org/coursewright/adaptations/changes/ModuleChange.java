package org.coursewright.adaptations.changes;

import java.util.List;

/**
 * One change between two versions of a module, in the module's own terms.
 *
 * @param id the element's id, or null for the module as a whole (its study time)
 * @param element how learners know it: "Activity 2.3 'Rank the dimensions'"
 * @param kind what happened to it
 * @param details for a changed element, one phrase per field: "timing about 20 minutes → about 30 minutes";
 *            for a moved one, where it went
 */
public record ModuleChange(String id, String element, Kind kind, List<String> details) {

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
			case MOVED -> element + " moved to " + details.get(0) + (details.size() > 1 ? "; " + String.join("; ", details.subList(1, details.size())) : "");
			case CHANGED -> element + (id == null ? " " : ": ") + String.join("; ", details);
		};
	}
}
