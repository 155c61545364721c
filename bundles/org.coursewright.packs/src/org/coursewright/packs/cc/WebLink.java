package org.coursewright.packs.cc;

import org.coursewright.packs.PackXml;
import org.w3c.dom.Node;

/** A web link file (imswl 1.1): a reading the learner opens at its address. */
final class WebLink {

	private WebLink() {
	}

	static byte[] of(String title, String url) {
		PackXml link = new PackXml(CommonCartridge11.WEB_LINK, "webLink");
		link.text(link.child(link.root(), "title"), title);
		Node address = link.child(link.root(), "url");
		link.attribute(address, "href", url);
		return link.bytes();
	}
}
