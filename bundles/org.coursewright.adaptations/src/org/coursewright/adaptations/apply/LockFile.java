package org.coursewright.adaptations.apply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * What the module held when an adaptation was last accepted, beside the adaptation as
 * {@code NAME.adaptation.lock}: for each element the adaptation names, how learners saw it
 * then and the module's value of each field the tutor changes (the base). Generated, never
 * edited by hand; keys are sorted and each value is on a line of its own, so that a new
 * acceptance shows in a review as the lines that changed.
 */
public final class LockFile {

	public static final String SUFFIX = ".lock";

	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	/** One element the adaptation names: how it was shown ("Activity 2.1 'Rank …' in Session 2.1 '…'") and its bases. */
	public record Entry(String was, TreeMap<String, String> fields) {
	}

	private record Stored(String note, String module, TreeMap<String, Entry> elements) {
	}

	private final String module;
	private final TreeMap<String, Entry> elements;

	LockFile(String module, Map<String, Entry> elements) {
		this.module = module;
		this.elements = new TreeMap<>(elements);
	}

	public static Path beside(Path adaptation) {
		return adaptation.resolveSibling(adaptation.getFileName() + SUFFIX);
	}

	/** The lock beside an adaptation; empty when there is none yet. */
	public static Optional<LockFile> read(Path adaptation) throws IOException {
		Path file = beside(adaptation);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
			if (stored == null || stored.elements() == null) {
				throw new IOException(file.getFileName() + " is not a lock file Coursewright wrote");
			}
			return Optional.of(new LockFile(stored.module(), stored.elements()));
		} catch (JsonParseException e) {
			throw new IOException(file.getFileName() + " is not a lock file Coursewright wrote (" + e.getMessage() + ")");
		}
	}

	/** Writes the lock beside the adaptation, in full or not at all. */
	public void write(Path adaptation) throws IOException {
		Path file = beside(adaptation);
		String text = GSON.toJson(new Stored("Written by 'coursewright adapt accept': the module's values this adaptation was"
				+ " last accepted against. Do not edit by hand.", module, elements)) + "\n";
		Path partial = file.resolveSibling(file.getFileName() + ".partial");
		Files.writeString(partial, text, StandardCharsets.UTF_8);
		Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	public Optional<Entry> entry(String id) {
		return Optional.ofNullable(elements.get(id));
	}

	/** The module's value of a field when the change was accepted, if it was. */
	public Optional<String> base(String id, ChangedField field) {
		return entry(id).map(e -> e.fields().get(field.label()));
	}

	public String module() {
		return module;
	}

	Map<String, Entry> elements() {
		return elements;
	}
}
