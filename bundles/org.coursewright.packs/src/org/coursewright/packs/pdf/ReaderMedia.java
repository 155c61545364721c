package org.coursewright.packs.pdf;

import java.util.ArrayList;
import java.util.List;

import org.coursewright.packs.Degradation;
import org.coursewright.packs.reader.MediaLabel;
import org.coursewright.packs.reader.ReaderAdaptation;
import org.jsoup.nodes.Element;

/**
 * Video and audio on paper: the player becomes a line saying where to watch or listen, the caption
 * stays, and the transcript moves to the appendix, with links both ways (and its page number).
 */
final class ReaderMedia {

	private final List<Element> transcripts = new ArrayList<>();
	private final List<Degradation> degradations = new ArrayList<>();

	void adapt(Element content) {
		for (Element media : content.select("div.media[id]")) {
			String label = MediaLabel.number(media);
			Element player = media.selectFirst("video, audio");
			if (player != null) {
				Element note = new Element("p").addClass("media-link");
				String source = player.attr("src");
				boolean web = source.contains(":");
				note.appendText((player.tagName().equals("audio") ? "Listen to " : "Watch ") + label + " ");
				if (web) {
					note.appendText("on the web: ");
					note.appendElement("a").attr("href", source).text(source);
				} else {
					note.appendText("on the course website (" + source + ").");
				}
				player.replaceWith(note);
				degradations.add(new Degradation(MediaLabel.reported(media),
						"its caption and where to " + (player.tagName().equals("audio") ? "listen" : "watch")
								+ (web ? " (" + source + ")" : " on the course website") + "; paper does not play media"));
			}
			Element transcript = media.selectFirst("details.transcript");
			if (transcript != null) {
				Element caption = media.selectFirst("figcaption");
				String title = caption == null ? label : caption.text();
				Element moved = ReaderAdaptation.openDisclosure(transcript);
				moved.remove();
				moved.select("p.block-label").remove();
				Element entry = new Element("section").addClass("transcript").attr("id", "transcript-" + media.id());
				entry.appendElement("h2").text(title);
				entry.appendChild(moved);
				entry.appendElement("p").addClass("back-link").appendElement("a").attr("href", "#" + media.id()).text("Back to " + label);
				transcripts.add(entry);
				media.appendElement("p").addClass("transcript-link").appendElement("a").attr("href", "#" + entry.id())
						.text("Transcript of " + label + " in the appendix");
			}
		}
	}

	List<Element> transcripts() {
		return transcripts;
	}

	Element transcriptsAppendix() {
		Element all = new Element("div").addClass("transcripts");
		transcripts.forEach(all::appendChild);
		return all;
	}

	List<Degradation> degradations() {
		return degradations;
	}
}
