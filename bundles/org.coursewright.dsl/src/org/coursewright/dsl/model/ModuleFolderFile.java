package org.coursewright.dsl.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a file a module names (an image, a video, captions) really is. Publishing and packing
 * copy such files out of the module folder, so only a plain file inside the folder will do:
 * a symbolic link, or a path that leads out of the folder through one, could otherwise copy
 * any file of the machine into a site that others read.
 */
public enum ModuleFolderFile {
	/** A plain file inside the module folder. */
	INSIDE,
	/** Named by an absolute path, or by one that leads out of the module folder. */
	OUTSIDE,
	/** A symbolic link, or inside a linked folder that lies outside the module folder. */
	SYMBOLIC_LINK,
	/** No such file in the module folder. */
	MISSING;

	/** Where the file {@code path} of the module in {@code folder} is. */
	public static ModuleFolderFile of(Path folder, String path) {
		try {
			Path base = folder.toAbsolutePath().normalize();
			Path file = base.resolve(path).normalize();
			if (Path.of(path).isAbsolute() || !file.startsWith(base)) {
				return OUTSIDE;
			}
			if (Files.isSymbolicLink(file)) {
				return SYMBOLIC_LINK;
			}
			if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				return MISSING;
			}
			// a folder on the way may be a link: the file must still be inside the real module folder
			return file.toRealPath().startsWith(base.toRealPath()) ? INSIDE : SYMBOLIC_LINK;
		} catch (InvalidPathException | IOException e) {
			return MISSING;
		}
	}
}
