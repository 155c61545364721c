package org.coursewright.dsl.prose;

import java.util.List;

/**
 * A citation in prose. Bracketed ({@code [@a, p. 3; @b]}) becomes "(A, 2009, p. 3; B, 2010)";
 * narrative ({@code @a}) becomes "A (2009)".
 *
 * @param items the cited works, in the order written
 * @param narrative true for a bare {@code @key} in running text
 * @param offset where the citation starts in the scanned text
 * @param length how many characters it spans
 */
public record ProseCitation(List<CitationItem> items, boolean narrative, int offset, int length) {
}
