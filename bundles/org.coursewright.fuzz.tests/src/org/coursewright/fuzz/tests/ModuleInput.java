package org.coursewright.fuzz.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A module's files in memory, by path inside the module folder: what the fuzzer changes and writes out. */
final class ModuleInput {

	private final Map<String, byte[]> files;

	private ModuleInput(Map<String, byte[]> files) {
		this.files = new TreeMap<>(files);
	}

	/** The module in a folder, without what publishing and the workbench wrote there. */
	static ModuleInput of(Path folder) {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String name = folder.relativize(file).toString();
				if (!name.startsWith("site/") && !name.startsWith("packs/") && !name.startsWith(".")) {
					files.put(name, Files.readAllBytes(file));
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ModuleInput(files);
	}

	ModuleInput copy() {
		return new ModuleInput(files);
	}

	Map<String, byte[]> files() {
		return files;
	}

	/** The files an author writes: the module's text, its BibTeX and its captions. */
	List<String> mutableFiles() {
		return files.keySet().stream().filter(n -> n.endsWith(".course") || n.endsWith(".bib") || n.endsWith(".vtt")).toList();
	}

	byte[] bytes(String file) {
		return files.get(file);
	}

	/** The file as text; bytes that are not UTF-8 read as U+FFFD. */
	String text(String file) {
		return new String(files.get(file), StandardCharsets.UTF_8);
	}

	void put(String file, byte[] bytes) {
		files.put(file, bytes);
	}

	void put(String file, String text) {
		put(file, text.getBytes(StandardCharsets.UTF_8));
	}

	/** Writes every file into the folder, replacing what a previous input left there. */
	void writeInto(Path folder) throws IOException {
		if (Files.exists(folder)) {
			try (Stream<Path> old = Files.walk(folder)) {
				for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(path);
				}
			}
		}
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			Path target = folder.resolve(file.getKey());
			Files.createDirectories(target.getParent());
			Files.write(target, file.getValue());
		}
	}

	/** Total size in bytes, to tell which of two inputs is smaller. */
	long size() {
		return files.values().stream().mapToLong(b -> b.length).sum();
	}
}
