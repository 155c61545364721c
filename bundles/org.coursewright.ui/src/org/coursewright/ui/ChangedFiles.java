package org.coursewright.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.runtime.CoreException;

/** The files on disk in a workspace change that a view or editor cares about. */
public final class ChangedFiles {

	private ChangedFiles() {
	}

	/** Every changed file in the delta that the test accepts, by its place on disk. */
	public static List<Path> in(IResourceDelta delta, BiPredicate<IResourceDelta, Path> test) {
		List<Path> found = new ArrayList<>();
		if (delta == null) {
			return found;
		}
		try {
			delta.accept(child -> {
				IResource resource = child.getResource();
				if (resource.getType() == IResource.FILE && resource.getLocation() != null) {
					Path file = resource.getLocation().toFile().toPath().toAbsolutePath().normalize();
					if (test.test(child, file)) {
						found.add(file);
					}
				}
				return true;
			});
		} catch (CoreException e) {
			return List.of();
		}
		return found;
	}

	/** Whether the change is to a .course file's text, or adds or removes one. */
	public static boolean isCourseFileEdit(IResourceDelta child) {
		return "course".equals(child.getResource().getFileExtension())
				&& (child.getKind() != IResourceDelta.CHANGED || (child.getFlags() & IResourceDelta.CONTENT) != 0);
	}
}
