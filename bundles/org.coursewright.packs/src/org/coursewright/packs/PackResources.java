package org.coursewright.packs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file a format carries in its own package (a runtime script, a style sheet), read from the bundle. */
public final class PackResources {

	private PackResources() {
	}

	public static byte[] read(Class<?> format, String name) {
		try (InputStream in = format.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing from the packs bundle: " + name);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
