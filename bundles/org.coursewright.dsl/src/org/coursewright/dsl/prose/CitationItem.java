package org.coursewright.dsl.prose;

/**
 * One cited work inside prose: {@code @key} with an optional locator, such as the
 * {@code p. 42} of {@code [@macbeath2009, p. 42]}.
 *
 * @param key the bibliography key
 * @param locatorLabel the locator's kind ("page", "chapter", "section", "paragraph"), or null
 * @param locator the locator's value ("42", "87-89"), or null
 * @param offset where the {@code @} stands in the scanned text
 * @param length the length of {@code @key}
 */
public record CitationItem(String key, String locatorLabel, String locator, int offset, int length) {
}
