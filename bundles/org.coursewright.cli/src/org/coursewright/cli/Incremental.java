package org.coursewright.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.coursewright.dsl.loading.ModuleLoader;

/**
 * Which modules need building: a module whose sources, the command's options and Coursewright
 * itself are as they were at its last publish (or pack) is skipped, unless {@code --force}.
 * The fingerprint is recorded with the output ({@link BuildRecord}), so the output folder alone
 * says what it was built from: a fresh checkout with the outputs of a cache, or a build
 * agent's workspace, needs nothing else. A tutor's adaptation is always built again: it is
 * built from the module it names, which may live anywhere.
 */
final class Incremental {

	private final String settings;
	private final boolean force;
	private final Function<Path, Path> recordFile;
	private final Map<Path, Path> recordFiles = new ConcurrentHashMap<>();

	/**
	 * @param settings the command and every option that changes the output, in a fixed order
	 * @param recordFile where a module folder's build record lives (in its site, beside its packs)
	 */
	Incremental(String settings, boolean force, Function<Path, Path> recordFile) {
		this.settings = settings;
		this.force = force;
		this.recordFile = recordFile;
	}

	/** The module's fingerprint now; null when a file cannot be read (then it is built, and loading says why). */
	String fingerprint(Path moduleFolder) {
		if (ModuleLoader.isAdaptation(moduleFolder)) {
			return null;
		}
		try {
			return ModuleFingerprint.of(moduleFolder, settings);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Worked out once per module: finding it may read the module's header (the packs' record is named by its code). */
	Path recordFile(Path moduleFolder) {
		return recordFiles.computeIfAbsent(moduleFolder, recordFile);
	}

	/** The record of the module's last build when that build is still what the module would give now. */
	Optional<BuildRecord> unchanged(Path moduleFolder, String fingerprint) {
		if (force || fingerprint == null) {
			return Optional.empty();
		}
		Path record = recordFile(moduleFolder);
		return BuildRecord.read(record, moduleFolder)
				.filter(r -> r.fingerprint().equals(fingerprint))
				.filter(r -> r.outputIntact(record.getParent()));
	}
}
