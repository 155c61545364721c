package org.coursewright.publish.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a site so that readers never see half of it and nothing else is lost. The site is
 * written to a temporary folder beside the output folder and then moved into place. A
 * manifest records what was written, so the next publish removes exactly those files;
 * files that someone else put in the output folder are never changed or removed. One run at a
 * time writes into a folder ({@link OutputLock}); what a run that was killed left beside the
 * folder (its staging, the previous site it was swapping out) is cleaned up by the next.
 */
public final class SiteWriter {

	public static final String MANIFEST = ".coursewright-site";

	private SiteWriter() {
	}

	public static void write(SiteFiles site, Path output) throws IOException, SiteConflictException {
		Path out = followed(output.toAbsolutePath().normalize());
		try (OutputLock lock = OutputLock.acquire(out)) {
			recoverFromAKilledRun(out);
			Path staging = Files.createTempDirectory(out.getParent(), STAGING_PREFIX.formatted(out.getFileName()));
			try {
				for (Map.Entry<String, byte[]> file : site.all().entrySet()) {
					Path target = staging.resolve(file.getKey());
					Files.createDirectories(target.getParent());
					Files.write(target, file.getValue());
				}
				Files.writeString(staging.resolve(MANIFEST), String.join("\n", site.all().keySet()) + "\n", StandardCharsets.UTF_8);
				readableByAll(staging);
				if (!Files.exists(out)) {
					Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
					return;
				}
				replace(site, out, staging);
			} finally {
				deleteTree(staging);
			}
		}
	}

	/**
	 * An output folder that is a symbolic link (a web server's document folder linked into a
	 * build, say) stands for the folder it points at: the site is written there, with its
	 * staging and lock beside that folder, and the link is left as it is.
	 */
	private static Path followed(Path out) throws IOException, SiteConflictException {
		if (!Files.isSymbolicLink(out)) {
			return out;
		}
		if (!Files.isDirectory(out)) {
			throw new SiteConflictException(out + " is a symbolic link to " + Files.readSymbolicLink(out)
					+ ", which is not a folder; link it to a folder or choose another output folder.");
		}
		return out.toRealPath();
	}

	/** "…-" and a random part: the staging of a run, and the site a run swaps out. */
	private static final String STAGING_PREFIX = ".%s.publishing-";
	private static final String PREVIOUS_PREFIX = ".%s.previous-";

	/**
	 * Under the lock, no other run is writing: a staging folder beside the output is what a
	 * killed run left, and so is a previous site. A run killed between moving the old site
	 * aside and the new one in (two renames, microseconds apart) left no output folder: the
	 * previous site is put back, so the folder is again exactly what it was before that run.
	 */
	private static void recoverFromAKilledRun(Path out) throws IOException {
		String staging = STAGING_PREFIX.formatted(out.getFileName());
		String previous = PREVIOUS_PREFIX.formatted(out.getFileName());
		try (Stream<Path> beside = Files.list(out.getParent())) {
			for (Path left : beside.filter(p -> p.getFileName().toString().startsWith(staging)
					|| p.getFileName().toString().startsWith(previous)).sorted().toList()) {
				if (!Files.exists(out, java.nio.file.LinkOption.NOFOLLOW_LINKS) && left.getFileName().toString().startsWith(previous)) {
					Files.move(left, out, StandardCopyOption.ATOMIC_MOVE);
				} else {
					deleteTree(left);
				}
			}
		}
	}

	private static void replace(SiteFiles site, Path out, Path staging) throws IOException, SiteConflictException {
		if (!Files.isDirectory(out)) {
			throw new SiteConflictException(out + " is a file, not a folder; choose another output folder.");
		}
		Set<String> previous = previousManifest(out);
		List<String> foreign = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(out)) {
			walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString().replace('\\', '/'))
					.filter(p -> !p.equals(MANIFEST) && !previous.contains(p)).sorted().forEach(foreign::add);
		}
		if (foreign.isEmpty()) {
			// Only our own files: swap the whole folder, which readers see change at once; in one
			// step where the system can, so that even a run killed here leaves a whole site
			if (DirectoryExchange.exchange(staging, out)) {
				return; // staging now holds the old site, which the caller deletes
			}
			Path old = Files.createTempDirectory(out.getParent(), PREVIOUS_PREFIX.formatted(out.getFileName()));
			Files.delete(old);
			Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
			Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
			deleteTree(old);
			return;
		}
		if (!Files.exists(out.resolve(MANIFEST))) {
			throw new SiteConflictException(out + " already holds files that Coursewright did not write (such as "
					+ foreign.get(0) + "). Choose an empty or new output folder.");
		}
		List<String> clashes = foreign.stream().filter(site.all()::containsKey).toList();
		if (!clashes.isEmpty()) {
			throw new SiteConflictException("Publishing would overwrite files that Coursewright did not write: "
					+ String.join(", ", clashes) + ". Move them away or choose another output folder.");
		}
		// Someone else's files live here too: replace ours one by one and leave theirs alone.
		for (String stale : previous) {
			if (!site.all().containsKey(stale)) {
				Files.deleteIfExists(out.resolve(SiteFiles.checked(stale)));
				removeEmptyParents(out, out.resolve(stale).getParent());
			}
		}
		for (String file : site.all().keySet()) {
			Path target = out.resolve(file);
			Files.createDirectories(target.getParent());
			Files.move(staging.resolve(file), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(staging.resolve(MANIFEST), out.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	private static Set<String> previousManifest(Path out) throws IOException {
		Path manifest = out.resolve(MANIFEST);
		Set<String> files = new LinkedHashSet<>();
		if (Files.isRegularFile(manifest)) {
			for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					try {
						files.add(SiteFiles.checked(line.strip()));
					} catch (IllegalArgumentException e) {
						// a manifest line pointing outside the site is ignored, never followed
					}
				}
			}
		}
		return files;
	}

	private static void readableByAll(Path staging) throws IOException {
		try (Stream<Path> walk = Files.walk(staging)) {
			for (Path path : walk.toList()) {
				OrdinaryPermissions.apply(path);
			}
		}
	}

	private static void removeEmptyParents(Path root, Path folder) throws IOException {
		Path current = folder;
		while (current != null && !current.equals(root) && current.startsWith(root)) {
			try {
				Files.deleteIfExists(current);
			} catch (DirectoryNotEmptyException e) {
				return;
			}
			current = current.getParent();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
