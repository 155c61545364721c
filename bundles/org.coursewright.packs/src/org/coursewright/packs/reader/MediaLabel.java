package org.coursewright.packs.reader;

import org.jsoup.nodes.Element;

/** How a site's media block is named in reports and links: its number ("Video 1.1"), from its caption. */
public final class MediaLabel {

	private MediaLabel() {
	}

	/** "Video 1.1", or "Media" for a block without a number. */
	public static String number(Element media) {
		Element number = media.selectFirst("figcaption .element-number");
		return number == null ? "Media" : number.text();
	}

	/** "Video 1.1 'federation-film'", as the degradation report names an element. */
	public static String reported(Element media) {
		return number(media) + " '" + media.id() + "'";
	}
}
