package org.coursewright.spelling;

/** A word of prose or of a title that is neither in the module language's dictionary nor in the module's word list. */
public record Misspelling(int offset, int length, String word) {
}
