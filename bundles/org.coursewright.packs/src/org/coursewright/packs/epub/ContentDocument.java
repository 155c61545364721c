package org.coursewright.packs.epub;

import org.jsoup.nodes.Document;

/** One XHTML document of the e-book: its file name in the book, its title and its content. */
record ContentDocument(String name, String title, Document document) {
}
