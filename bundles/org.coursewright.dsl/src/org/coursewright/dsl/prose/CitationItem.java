package org.coursewright.dsl.prose;

/**
 * One cited work inside prose: {@code @key} with what Pandoc's citation syntax lets stand
 * around it, as in {@code [see @macbeath2009, pp. 32-52, emphasis added]}.
 *
 * @param key the bibliography key
 * @param locatorLabel the locator's kind ("page", "chapter", "section", "paragraph"), or null
 * @param locator the locator's value ("42", "87-89"), or null
 * @param prefix text written before the key ("see"), or null
 * @param suffix text written after the locator (", emphasis added"), or null
 * @param original for a secondary source, the work cited in the keyed one as written
 *            ("Harris and Muijs" in {@code [Harris and Muijs, cited in @odonoghue2010]}), or null
 * @param offset where the {@code @} stands in the scanned text
 * @param length the length of {@code @key}
 */
public record CitationItem(String key, String locatorLabel, String locator, String prefix, String suffix, String original,
		int offset, int length) {

	/** A work cited with at most a locator. */
	public CitationItem(String key, String locatorLabel, String locator, int offset, int length) {
		this(key, locatorLabel, locator, null, null, null, offset, length);
	}
}
