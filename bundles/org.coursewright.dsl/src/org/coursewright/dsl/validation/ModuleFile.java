package org.coursewright.dsl.validation;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.resource.Resource;

/** A file a module names (an image, a video, captions), resolved against the module's folder. */
record ModuleFile(boolean outsideModule, boolean missing) {

	static ModuleFile of(Resource resource, String path) {
		if (resource == null || !resource.getURI().isFile()) {
			return new ModuleFile(false, false); // not on disk (an editor buffer): nothing to check against
		}
		try {
			Path folder = Path.of(CourseModule.folderOf(resource.getURI()).toFileString()).toAbsolutePath().normalize();
			Path file = folder.resolve(path).normalize();
			if (Path.of(path).isAbsolute() || !file.startsWith(folder)) {
				return new ModuleFile(true, false);
			}
			return new ModuleFile(false, !Files.isRegularFile(file));
		} catch (InvalidPathException e) {
			return new ModuleFile(false, true);
		}
	}
}
