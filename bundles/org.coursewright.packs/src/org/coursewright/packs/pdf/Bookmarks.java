package org.coursewright.packs.pdf;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/** The PDF's outline (bookmarks), as openhtmltopdf reads it from the document's head. */
final class Bookmarks {

	/** One bookmark and those under it. */
	static final class Mark {
		private final String name;
		private final String id;
		private final List<Mark> children = new ArrayList<>();

		Mark(String name, String id) {
			this.name = name;
			this.id = id;
		}

		Mark add(String childName, String childId) {
			Mark child = new Mark(childName, childId);
			children.add(child);
			return child;
		}

		void writeInto(Element parent) {
			Element bookmark = parent.appendElement("bookmark").attr("name", name).attr("href", "#" + id);
			children.forEach(child -> child.writeInto(bookmark));
		}
	}

	private final List<Mark> top = new ArrayList<>();

	Mark add(String name, String id) {
		Mark mark = new Mark(name, id);
		top.add(mark);
		return mark;
	}

	void writeInto(Element head) {
		Element bookmarks = head.appendElement("bookmarks");
		top.forEach(mark -> mark.writeInto(bookmarks));
	}
}
