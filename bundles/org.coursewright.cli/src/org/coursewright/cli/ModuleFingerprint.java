package org.coursewright.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.Manifest;

import org.coursewright.publish.site.SiteWriter;

/**
 * A module's build, summed up in one SHA-256: every file of its folder (path and content),
 * the command and the options that shape the output, and the version of every Coursewright
 * bundle on the class path (a new build of Coursewright has a new qualifier). Equal
 * fingerprints mean the same output, so an unchanged module need not be built again.
 * <p>
 * Left out: hidden files and folders (locks, a run's staging, editor backups) and Coursewright's
 * own outputs inside the module folder (a folder holding a site manifest or a build record), so
 * that publishing does not change what packing sees, and the other way round. Symbolic links
 * are not followed (a module reads nothing outside its folder): a link counts by its target's name.
 */
final class ModuleFingerprint {

	private static final String VERSIONS = coursewrightVersions();

	private ModuleFingerprint() {
	}

	/** @param settings the command and its options, in a fixed order, such as "publish|style=apa|…" */
	static String of(Path moduleFolder, String settings) throws IOException {
		MessageDigest digest = sha256();
		digest.update((VERSIONS + "\n" + settings + "\n").getBytes(StandardCharsets.UTF_8));
		// A module folder is the folder of its .course files; an adaptation is one file.
		if (Files.isRegularFile(moduleFolder)) {
			add(digest, moduleFolder.getFileName().toString(), moduleFolder);
		} else {
			TreeMap<String, Path> files = sourceFiles(moduleFolder);
			for (var file : files.entrySet()) {
				add(digest, file.getKey(), file.getValue());
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static void add(MessageDigest digest, String name, Path file) throws IOException {
		digest.update((name + "\0").getBytes(StandardCharsets.UTF_8));
		if (Files.isSymbolicLink(file)) {
			digest.update(("-> " + Files.readSymbolicLink(file)).getBytes(StandardCharsets.UTF_8));
		} else {
			try (InputStream in = Files.newInputStream(file); DigestOutputStream out = new DigestOutputStream(java.io.OutputStream.nullOutputStream(), digest)) {
				in.transferTo(out);
			}
		}
		digest.update((byte) 0);
	}

	/** Relative path (with '/') to file, in a fixed order. */
	private static TreeMap<String, Path> sourceFiles(Path folder) throws IOException {
		TreeMap<String, Path> files = new TreeMap<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
				if (!dir.equals(folder) && (hidden(dir) || isCoursewrightOutput(dir))) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (!hidden(file) && (attributes.isRegularFile() || attributes.isSymbolicLink())) {
					files.put(folder.relativize(file).toString().replace('\\', '/'), file);
				}
				return FileVisitResult.CONTINUE;
			}
		});
		return files;
	}

	private static boolean hidden(Path path) {
		return path.getFileName().toString().startsWith(".");
	}

	static boolean isCoursewrightOutput(Path dir) {
		if (Files.exists(dir.resolve(SiteWriter.MANIFEST))) {
			return true;
		}
		try (var entries = Files.list(dir)) {
			return entries.anyMatch(p -> p.getFileName().toString().endsWith(BuildRecord.SUFFIX));
		} catch (IOException e) {
			return false;
		}
	}

	/** "org.coursewright.cli 0.1.0.202611241200, …": the bundles whose manifests the class path holds. */
	private static String coursewrightVersions() {
		List<String> versions = new ArrayList<>();
		try {
			Enumeration<URL> manifests = ModuleFingerprint.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
			while (manifests.hasMoreElements()) {
				try (InputStream in = manifests.nextElement().openStream()) {
					var attributes = new Manifest(in).getMainAttributes();
					String name = attributes.getValue("Bundle-SymbolicName");
					if (name != null && name.startsWith("org.coursewright")) {
						versions.add(name.replaceFirst(";.*", "") + " " + attributes.getValue("Bundle-Version"));
					}
				}
			}
		} catch (IOException e) {
			// the command's own version below still counts
		}
		versions.sort(null);
		return CoursewrightCommand.VERSION + " " + String.join(", ", versions);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}
}
