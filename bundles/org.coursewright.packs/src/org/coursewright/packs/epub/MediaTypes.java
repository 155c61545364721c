package org.coursewright.packs.epub;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The media type of a file the e-book carries, by its extension; files of other types stay out. */
final class MediaTypes {

	private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("xhtml", "application/xhtml+xml"),
			Map.entry("css", "text/css"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
			Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
			Map.entry("webp", "image/webp"), Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"),
			Map.entry("opus", "audio/ogg; codecs=opus"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
			Map.entry("vtt", "text/vtt"));

	private MediaTypes() {
	}

	static Optional<String> of(String path) {
		int dot = path.lastIndexOf('.');
		return dot < 0 ? Optional.empty() : Optional.ofNullable(BY_EXTENSION.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
	}
}
