package org.coursewright.publish.references;

/** One formatted entry of a reference list: the cited key and the entry as HTML. */
public record ReferenceEntry(String key, String html) {
}
