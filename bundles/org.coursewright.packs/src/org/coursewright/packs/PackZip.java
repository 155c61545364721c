package org.coursewright.packs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip made the same way every time: entries in name order, all with the same time and no
 * extra fields, so that packing a module twice gives the same bytes. Names are checked to
 * stay inside the pack (relative, no "..").
 */
public final class PackZip {

	/**
	 * 1 January 2000, as a zip's own date and time: no time zone is applied (which would make
	 * the bytes depend on the machine's) and no extra timestamp field is written.
	 */
	private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

	private final Map<String, byte[]> entries = new TreeMap<>();
	private String storedFirst;
	private byte[] storedFirstContent;

	/**
	 * An entry written first and not compressed, before all others: EPUB's "mimetype", which a reading
	 * system reads at a fixed offset to know what the zip is.
	 */
	public PackZip first(String name, byte[] content) {
		storedFirst = checked(name);
		storedFirstContent = content;
		return this;
	}

	public PackZip add(String name, byte[] content) {
		entries.put(checked(name), content);
		return this;
	}

	public PackZip addAll(Map<String, byte[]> files) {
		files.forEach(this::add);
		return this;
	}

	public byte[] bytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			if (storedFirst != null) {
				ZipEntry stored = new ZipEntry(storedFirst);
				stored.setMethod(ZipEntry.STORED);
				stored.setSize(storedFirstContent.length);
				CRC32 crc = new CRC32();
				crc.update(storedFirstContent);
				stored.setCrc(crc.getValue());
				stored.setTimeLocal(FIXED_TIME);
				zip.putNextEntry(stored);
				zip.write(storedFirstContent);
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				ZipEntry zipEntry = new ZipEntry(entry.getKey());
				zipEntry.setTimeLocal(FIXED_TIME);
				zip.putNextEntry(zipEntry);
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static String checked(String name) {
		Path normal = Path.of(name).normalize();
		if (name.startsWith("/") || normal.isAbsolute() || normal.startsWith("..") || normal.toString().isEmpty()) {
			throw new IllegalArgumentException("a pack entry must stay inside the pack: " + name);
		}
		return normal.toString().replace('\\', '/');
	}
}
