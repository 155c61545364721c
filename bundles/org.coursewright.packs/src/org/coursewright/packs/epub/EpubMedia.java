package org.coursewright.packs.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coursewright.packs.Degradation;
import org.coursewright.packs.reader.MediaLabel;
import org.jsoup.nodes.Element;

/**
 * The module's video and audio in the e-book: a file small enough travels inside the book and plays
 * there; a larger one stays out (an e-book of hundreds of megabytes helps no one on a train), and the
 * book says so where the player was, with the file's name and size. Media on the web keep their link.
 * Either way the caption and the transcript stay in the text.
 */
final class EpubMedia {

	/** Larger files stay out of the book. */
	static final long LARGEST_INCLUDED = 10L * 1024 * 1024;

	private final Map<String, byte[]> files;
	private final List<Degradation> degradations = new ArrayList<>();

	EpubMedia(Map<String, byte[]> files) {
		this.files = files;
	}

	/** Whether a file of the site goes into the book as it is. */
	boolean included(String path) {
		byte[] content = files.get(path);
		return content != null && content.length <= LARGEST_INCLUDED && MediaTypes.of(path).isPresent();
	}

	/** Adapts every player in a session's content to the book. */
	void adapt(Element content) {
		for (Element player : content.select("div.media video, div.media audio")) {
			String source = player.attr("src");
			String kind = player.tagName();
			if (included(source)) {
				player.removeAttr("preload");
				for (Element track : player.select("track")) {
					if (!included(track.attr("src"))) {
						track.remove();
					}
				}
				player.textNodes().forEach(org.jsoup.nodes.Node::remove);
				player.appendText("Your reading system cannot play this " + kind + ".");
				continue;
			}
			Element note = new Element("p").addClass("media-link");
			String what = MediaLabel.reported(player.closest("div.media"));
			if (files.containsKey(source)) {
				note.text("This " + kind + " is not in the e-book (" + megabytes(files.get(source).length) + "); it is "
						+ source + " on the course website.");
				degradations.add(new Degradation(what, "not in the e-book (" + megabytes(files.get(source).length)
						+ ", more than " + megabytes(LARGEST_INCLUDED) + "); its caption and transcript are"));
			} else {
				note.appendText("Watch or listen on the web: ");
				note.appendElement("a").attr("href", source).text(source);
				degradations.add(new Degradation(what, "a link to " + source + " with its caption and transcript; e-books do not play web media"));
			}
			player.replaceWith(note);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	List<Degradation> degradations() {
		return degradations;
	}
}
