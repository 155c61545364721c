package org.coursewright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.coursewright.dsl.loading.Problem;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What a publish or pack of a module produced, kept with its output: the module's fingerprint,
 * the warnings it had (a module with errors produces nothing), what the command did, and the
 * size of every file written. An unchanged module is reported from its record as if it had
 * been built again, and rebuilt when any of its files is missing or has another size.
 *
 * @param files output file (relative to the record's folder, with '/') to its size in bytes
 */
record BuildRecord(String fingerprint, List<Problem> warnings, JsonObject doneJson, Map<String, Long> files) {

	/** A record's file name ends so: ".coursewright-build" in a site, ".EDL710.coursewright-build" beside packs. */
	static final String SUFFIX = ".coursewright-build";

	/** The record as JSON, its problems' files relative to the module folder. */
	String toJson(Path moduleFolder) {
		JsonObject root = new JsonObject();
		root.addProperty("fingerprint", fingerprint);
		root.add("warnings", ProblemJson.of(warnings, moduleFolder));
		root.add("done", doneJson);
		JsonObject sizes = new JsonObject();
		files.forEach(sizes::addProperty);
		root.add("files", sizes);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	void write(Path file, Path moduleFolder) throws IOException {
		Files.writeString(file, toJson(moduleFolder), StandardCharsets.UTF_8);
	}

	/** The record in {@code file}, when there is a readable one; anything else means "build again". */
	static Optional<BuildRecord> read(Path file, Path moduleFolder) {
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			return Optional.empty();
		}
		try {
			JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
			List<Problem> warnings = new ArrayList<>();
			for (JsonElement element : root.getAsJsonArray("warnings")) {
				JsonObject p = element.getAsJsonObject();
				warnings.add(new Problem(moduleFolder.resolve(p.get("file").getAsString()).normalize(), p.get("line").getAsInt(),
						p.get("column").getAsInt(), Problem.Severity.valueOf(p.get("severity").getAsString().toUpperCase(java.util.Locale.ROOT)),
						p.get("code").getAsString(), p.get("message").getAsString()));
			}
			Map<String, Long> files = new TreeMap<>();
			root.getAsJsonObject("files").entrySet().forEach(e -> files.put(e.getKey(), e.getValue().getAsLong()));
			return Optional.of(new BuildRecord(root.get("fingerprint").getAsString(), warnings, root.getAsJsonObject("done"), files));
		} catch (IOException | JsonParseException | IllegalStateException | IllegalArgumentException | NullPointerException
				| UnsupportedOperationException e) {
			return Optional.empty();
		}
	}

	/** Every file written is still there, with the size it had: nobody deleted or changed the output. */
	boolean outputIntact(Path folder) {
		for (Map.Entry<String, Long> file : files.entrySet()) {
			Path path = folder.resolve(file.getKey()).normalize();
			try {
				if (!path.startsWith(folder) || !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) || Files.size(path) != file.getValue()) {
					return false;
				}
			} catch (IOException e) {
				return false;
			}
		}
		return true;
	}
}
