package org.coursewright.publish.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders rwxr-xr-x and files rw-r--r--, whatever the umask and however they were made: a web
 * server, an LMS's upload or a colleague must be able to read what Coursewright writes (a
 * temporary folder, for one, is made private to its user).
 */
public final class OrdinaryPermissions {

	private OrdinaryPermissions() {
	}

	/** Gives the file or folder ordinary permissions; nothing on a file system without POSIX permissions. */
	public static void apply(Path path) throws IOException {
		if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
		}
	}
}
