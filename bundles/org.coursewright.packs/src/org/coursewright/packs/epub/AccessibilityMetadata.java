package org.coursewright.packs.epub;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * The book's accessibility metadata (EPUB Accessibility 1.1, schema.org properties), worked out from
 * what the book's documents hold so that every statement is true of this file: a book without figures
 * does not claim alternative text, a book with video does not claim to be free of hazards.
 */
record AccessibilityMetadata(List<String> accessModes, List<String> accessModesSufficient, List<String> features,
		String hazard, String summary) {

	static AccessibilityMetadata of(List<ContentDocument> documents) {
		boolean images = false;
		boolean imagesDescribed = true;
		boolean longDescriptions = false;
		boolean video = false;
		boolean audio = false;
		boolean transcripts = false;
		boolean mediaTranscribed = true;
		boolean captions = false;
		for (ContentDocument document : documents) {
			Element body = document.document().body();
			for (Element image : body.select("img")) {
				images = true;
				imagesDescribed &= !image.attr("alt").isBlank();
			}
			longDescriptions |= !body.select("div.description").isEmpty();
			for (Element player : body.select("video, audio")) {
				video |= player.tagName().equals("video");
				audio |= player.tagName().equals("audio");
				captions |= !player.select("track[kind=captions]").isEmpty();
				mediaTranscribed &= !player.closest("div.media").select(".transcript").isEmpty();
			}
			transcripts |= !body.select("div.media .transcript").isEmpty();
		}
		Set<String> modes = new LinkedHashSet<>(List.of("textual"));
		if (images || video) {
			modes.add("visual");
		}
		if (video || audio) {
			modes.add("auditory");
		}
		List<String> sufficient = new ArrayList<>();
		sufficient.add(String.join(",", modes));
		if (modes.size() > 1 && imagesDescribed && mediaTranscribed) {
			sufficient.add("textual");
		}
		List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability"));
		if (images && imagesDescribed) {
			features.add("alternativeText");
		}
		if (longDescriptions) {
			features.add("longDescription");
		}
		if (transcripts) {
			features.add("transcript");
		}
		if (captions) {
			features.add("captions");
		}
		String hazard = video || audio ? "unknown" : "none";
		return new AccessibilityMetadata(List.copyOf(modes), sufficient, features, hazard,
				summary(images, imagesDescribed, longDescriptions, video || audio, mediaTranscribed));
	}

	private static String summary(boolean images, boolean imagesDescribed, boolean longDescriptions, boolean media, boolean mediaTranscribed) {
		StringBuilder summary = new StringBuilder("A reflowable course book: its contents list every unit and session and, in each session,"
				+ " the numbered activities, forum prompts, readings and figures; headings follow the course's structure."
				+ " Boxes to type in on the web are prompts to write in one's notes; answers and discussions follow each session,"
				+ " with links both ways.");
		if (images) {
			summary.append(imagesDescribed ? " Every figure has a text alternative" : " Some figures have no text alternative")
					.append(longDescriptions ? ", and figures with detail have a longer description in the text." : ".");
		}
		if (media) {
			summary.append(mediaTranscribed ? " Every video and audio has its transcript in the text." : " Some video or audio has no transcript.")
					.append(" Whether the video has flashing or motion is not known.");
		}
		return summary.toString();
	}
}
