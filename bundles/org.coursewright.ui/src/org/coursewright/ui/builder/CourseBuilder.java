package org.coursewright.ui.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.Publisher;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.preferences.CoursewrightPreferences;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Checks every module folder whose files changed, turns its problems into markers for the
 * Problems view (with the rule code), and publishes a module without errors into its
 * folder's {@code site/}. Clean removes the markers; the next build does everything again.
 */
public class CourseBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.coursewright.ui.courseBuilder";
	public static final String MARKER = "org.coursewright.ui.problem";
	/** The marker attribute holding the rule's stable code, for quick fixes and filters. */
	public static final String CODE = "code";
	/** The marker attribute holding the 1-based column, to find the problem's word again. */
	public static final String COLUMN = "column";
	public static final String SITE = "site";
	private static final String ADAPTATION = "adaptation";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		Set<IContainer> folders = new LinkedHashSet<>();
		if (kind == FULL_BUILD || getDelta(getProject()) == null) {
			getProject().accept(resource -> collect(resource, folders));
		} else {
			getDelta(getProject()).accept(delta -> collect(delta.getResource(), folders));
		}
		for (IContainer folder : folders) {
			check(folder);
		}
		// an adaptation depends on its module, its lock and itself, wherever they changed: each is checked on every build
		List<IFile> adaptations = new ArrayList<>();
		getProject().accept(resource -> {
			if (resource instanceof IFile file && ADAPTATION.equals(file.getFileExtension())) {
				adaptations.add(file);
			}
			return !(resource.getType() == IResource.FOLDER && SITE.equals(resource.getName()));
		});
		Set<IProject> adaptedModules = new LinkedHashSet<>();
		for (IFile adaptation : adaptations) {
			checkAdaptation(adaptation).ifPresent(adaptedModules::add);
		}
		// the projects of the adapted modules: a change there builds this project again
		adaptedModules.remove(getProject());
		return adaptedModules.toArray(IProject[]::new);
	}

	/**
	 * Marks an adaptation's own problems and what changed in the module under the tutor's
	 * changes (the module's problems are its own project's), and publishes the adapted
	 * module beside the adaptation when nothing is wrong.
	 */
	private java.util.Optional<IProject> checkAdaptation(IFile file) throws CoreException {
		file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
		Path location = file.getLocation().toFile().toPath().toAbsolutePath().normalize();
		ModuleLoader loader = CourseUi.injector().getInstance(ModuleLoader.class);
		try {
			LoadedModule loaded = loader.load(List.of(location)).get(0);
			LoadedModule checked = AdaptedModules.checked(loaded);
			checked.problems().stream().filter(p -> p.file().equals(location)).forEach(this::mark);
			if (!checked.hasErrors()) {
				// applying changes the model it is given: a load of its own
				LoadedModule adapted = AdaptedModules.applied(loader.load(List.of(location)).get(0));
				if (!adapted.hasErrors() && adapted.model() != null && adapted.model().header().isPresent()) {
					publish(file.getParent(), adapted);
				}
			}
			return java.util.Optional.ofNullable(loaded.model()).map(m -> m.folder().toFileString())
					.map(folder -> getProject().getWorkspace().getRoot().getContainerForLocation(IPath.fromOSString(folder)))
					.map(IContainer::getProject);
		} catch (ModuleLoader.BadPathException e) {
			return java.util.Optional.empty(); // removed while the build ran
		}
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
	}

	private static boolean collect(IResource resource, Set<IContainer> folders) {
		if (resource.getType() == IResource.FOLDER && SITE.equals(resource.getName())) {
			return false; // a published site holds no modules
		}
		if (resource.getType() == IResource.FILE && "course".equals(resource.getFileExtension())) {
			folders.add(resource.getParent());
		}
		return true;
	}

	private void check(IContainer folder) throws CoreException {
		for (IResource member : folder.members()) {
			if (member instanceof IFile file && "course".equals(file.getFileExtension())) {
				file.deleteMarkers(MARKER, false, IResource.DEPTH_ZERO);
			}
		}
		Path location = folder.getLocation().toFile().toPath();
		List<LoadedModule> modules;
		try {
			modules = CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(location));
		} catch (ModuleLoader.BadPathException e) {
			return; // the folder's last module file was removed
		}
		for (LoadedModule module : modules) {
			if (!module.folder().equals(location.toAbsolutePath().normalize())) {
				continue; // a sub-folder is a module of its own, checked for its own changes
			}
			module.problems().forEach(this::mark);
			if (!module.hasErrors() && module.model() != null && module.model().header().isPresent()) {
				publish(folder, module);
			}
		}
	}

	private void mark(Problem problem) {
		IFile file = getProject().getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(problem.file().toString()));
		if (file == null || !file.exists()) {
			return;
		}
		try {
			IMarker marker = file.createMarker(MARKER);
			marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER, IMarker.LOCATION, CODE, COLUMN },
					new Object[] { problem.message() + " [" + problem.code() + "]",
							problem.isError() ? IMarker.SEVERITY_ERROR : IMarker.SEVERITY_WARNING, problem.line(),
							"line " + problem.line() + ", column " + problem.column(), problem.code(), problem.column() });
		} catch (CoreException e) {
			// the file went away while we were checking it
		}
	}

	private static void publish(IContainer folder, LoadedModule module) throws CoreException {
		try {
			Publisher.publish(module.model(), CoursewrightPreferences.publishOptions(module.model(), module.folder().resolve(SITE)));
		} catch (PublishException e) {
			IMarker marker = folder.getProject().createMarker(MARKER);
			marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY, CODE },
					new Object[] { "Not published: " + e.getMessage(), IMarker.SEVERITY_ERROR, "publish" });
		}
		folder.getFolder(org.eclipse.core.runtime.Path.fromPortableString(SITE)).refreshLocal(IResource.DEPTH_INFINITE, null);
	}
}
