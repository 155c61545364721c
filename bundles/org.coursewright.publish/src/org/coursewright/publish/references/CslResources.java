package org.coursewright.publish.references;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads CSL styles and locales from the official {@code org.citationstyles} artifacts,
 * which are fragments of this bundle (see the target platform), so the files are found
 * through this bundle's class loader whether it runs in OSGi or on a plain class path.
 */
final class CslResources {

	private CslResources() {
	}

	/** The XML of a style such as "apa" or "harvard-cite-them-right", if there is one by that name. */
	static Optional<String> style(String name) {
		if (!name.matches("[a-z0-9-]+")) {
			return Optional.empty();
		}
		return read(name + ".csl");
	}

	/** The XML of a locale such as "en-GB", if there is one. */
	static Optional<String> locale(String language) {
		return read("locales-" + language + ".xml");
	}

	private static Optional<String> read(String path) {
		try (InputStream in = CslResources.class.getClassLoader().getResourceAsStream(path)) {
			return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
