package org.coursewright.dsl.prose;

/**
 * A link in prose to another element of the module: {@code [[id]]} or {@code [[id|label]]}.
 * Its default text is derived from the target ("Activity 2.1", a glossary term).
 *
 * @param id the target's id
 * @param label the text written after the bar, or null
 * @param offset where {@code [[} starts in the scanned text
 * @param length how many characters it spans
 * @param idOffset where the id itself starts (spaces may stand before it), for diagnostics and colours
 */
public record CrossReference(String id, String label, int offset, int length, int idOffset) {
}
