package org.coursewright.ui.adaptations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.builder.CourseProjects;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;

/**
 * A new adaptation of a module for a cohort: a folder beside the module's, named by the
 * cohort, holding {@code COHORT.adaptation} and its lock. A folder outside every project
 * becomes a course project of its own, so the tutor finds it in the workbench.
 */
public final class NewAdaptations {

	/** What the language accepts as an id, for the cohort. */
	private static final Pattern ID = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_-]*");

	private NewAdaptations() {
	}

	/** Why the cohort cannot be used, or null when it can. */
	public static String problemWith(IContainer moduleFolder, String cohortId, String cohortTitle) {
		if (moduleFolder == null || moduleFolder.getLocation() == null) {
			return "Select the module to adapt (its folder or one of its files) before starting the wizard.";
		}
		if (!ID.matcher(cohortId).matches()) {
			return "The cohort's id starts with a letter and has letters, digits and hyphens only, such as leeds-2027.";
		}
		if (cohortTitle.isBlank()) {
			return "Name the cohort, as learners will see it on the course home.";
		}
		if (Files.exists(folderFor(moduleFolder, cohortId))) {
			return "There is already a folder " + folderFor(moduleFolder, cohortId) + "; choose another id for the cohort.";
		}
		return null;
	}

	static Path folderFor(IContainer moduleFolder, String cohortId) {
		return Path.of(moduleFolder.getLocation().toOSString()).resolveSibling(cohortId);
	}

	/** Writes the adaptation and its lock, and returns the adaptation's file in the workspace. */
	public static IFile create(IContainer moduleFolder, String cohortId, String cohortTitle) throws CoreException, IOException {
		Path moduleLocation = Path.of(moduleFolder.getLocation().toOSString());
		Path folder = folderFor(moduleFolder, cohortId);
		Files.createDirectories(folder);
		Path file = folder.resolve(cohortId + ModuleLoader.ADAPTATION_EXTENSION);
		Files.writeString(file, text(moduleLocation.getFileName().toString(), cohortId, cohortTitle), StandardCharsets.UTF_8);
		try {
			AdaptedModules.accept(CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(file)).get(0), Set.of());
		} catch (ModuleLoader.BadPathException e) {
			throw new IOException(e.getMessage(), e);
		}
		IContainer container = ResourcesPlugin.getWorkspace().getRoot().getContainerForLocation(IPath.fromOSString(folder.toString()));
		if (container == null || !container.getProject().isOpen()) {
			container = CourseProjects.open(cohortId, IPath.fromOSString(folder.toString()));
		} else {
			container.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		}
		return container.getFile(IPath.fromPortableString(file.getFileName().toString()));
	}

	static String text(String moduleFolderName, String cohortId, String cohortTitle) {
		return "adaptation for cohort " + cohortId + " \"" + cohortTitle.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\" {\n"
				+ "\tmodule \"../" + moduleFolderName.replace("\"", "\\\"") + "\"\n"
				+ "}\n\n"
				+ "// change ID { ... } gives an activity or forum prompt of the module new values, hide ID leaves an\n"
				+ "// element out, add after ID { ... } adds your own. Press Ctrl+Space for the module's ids.\n";
	}
}
