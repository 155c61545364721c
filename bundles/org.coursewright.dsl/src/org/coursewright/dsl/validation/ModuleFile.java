package org.coursewright.dsl.validation;

import java.nio.file.Path;
import java.util.Optional;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.ModuleFolderFile;
import org.eclipse.emf.ecore.resource.Resource;

/** A file a module names (an image, a video, captions), resolved against the module's folder. */
final class ModuleFile {

	private ModuleFile() {
	}

	/** Where the file is, or empty when the module is not on disk (an editor buffer): nothing to check against. */
	static Optional<ModuleFolderFile> of(Resource resource, String path) {
		if (resource == null || !resource.getURI().isFile()) {
			return Optional.empty();
		}
		return Optional.of(ModuleFolderFile.of(Path.of(CourseModule.folderOf(resource.getURI()).toFileString()), path));
	}

	/** The file's path on disk; only for a resource on disk (see {@link #of}). */
	static Path path(Resource resource, String path) {
		return Path.of(CourseModule.folderOf(resource.getURI()).toFileString()).resolve(path);
	}
}
