package org.coursewright.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * The command line the goals run: the distribution of this plugin's version (a dependency of
 * the plugin, so Maven resolves it as it resolves the plugin), unpacked once into the build's
 * folder and unpacked again when the distribution changes.
 */
final class CoursewrightRuntime {

	private static final String DISTRIBUTION = "coursewright";
	private static final String UNPACKED_FROM = ".unpacked-from";

	private CoursewrightRuntime() {
	}

	/** The launcher, bin/coursewright, of the distribution unpacked under {@code folder}. */
	static Path launcher(PluginDescriptor plugin, Path folder) throws MojoExecutionException {
		Artifact distribution = plugin.getArtifacts().stream()
				.filter(a -> DISTRIBUTION.equals(a.getArtifactId()) && "zip".equals(a.getType()))
				.findFirst()
				.orElseThrow(() -> new MojoExecutionException("The plugin's Coursewright distribution (org.coursewright:coursewright:zip:linux:"
						+ plugin.getVersion() + ") was not resolved."));
		Path zip = distribution.getFile().toPath();
		try {
			String stamp = zip.toAbsolutePath() + " " + Files.size(zip) + " " + Files.getLastModifiedTime(zip).toMillis();
			Path marker = folder.resolve(UNPACKED_FROM);
			if (!Files.isRegularFile(marker) || !Files.readString(marker, StandardCharsets.UTF_8).equals(stamp)) {
				unpack(zip, folder);
				Files.writeString(marker, stamp, StandardCharsets.UTF_8);
			}
		} catch (IOException e) {
			throw new MojoExecutionException("Cannot unpack " + zip + " into " + folder + ": " + e.getMessage(), e);
		}
		return folder.resolve("bin/coursewright");
	}

	/** The archive's one top folder (coursewright-VERSION/) is left out: bin/ and lib/ land in {@code folder}. */
	private static void unpack(Path zip, Path folder) throws IOException {
		deleteTree(folder);
		Files.createDirectories(folder);
		Path root = folder.toAbsolutePath().normalize();
		try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				String name = entry.getName();
				int slash = name.indexOf('/');
				if (slash < 0 || slash == name.length() - 1) {
					continue;
				}
				Path target = root.resolve(name.substring(slash + 1)).normalize();
				if (!target.startsWith(root)) {
					throw new IOException("the archive has an entry outside its folder: " + name);
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (var walk = Files.walk(folder)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
