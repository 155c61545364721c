package org.coursewright.publish.site;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The files of a site before they are written: relative path to content. */
public final class SiteFiles {

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	public void text(String path, String text) {
		bytes(path, text.getBytes(StandardCharsets.UTF_8));
	}

	public void bytes(String path, byte[] content) {
		files.put(checked(path), content);
	}

	public Map<String, byte[]> all() {
		return Collections.unmodifiableMap(files);
	}

	public int pages() {
		return (int) files.keySet().stream().filter(p -> p.endsWith(".html")).count();
	}

	/** A relative path that stays inside the site: no absolute paths, no "..". */
	static String checked(String path) {
		Path normal = Path.of(path).normalize();
		if (normal.isAbsolute() || normal.startsWith("..") || normal.toString().isEmpty()) {
			throw new IllegalArgumentException("a site file must stay inside the site folder: " + path);
		}
		return normal.toString().replace('\\', '/');
	}
}
