package org.coursewright.adaptations.apply;

/**
 * A field a tutor changed whose module value moved on since it was accepted: the three texts
 * a tutor compares before accepting, and where the change is written (1-based line).
 */
public record UpstreamChange(String id, String element, String field, String base, String now, String yours, int line) {
}
