package org.coursewright.ui.adaptations;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.adaptations.apply.UpstreamChange;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.validation.IssueCodes;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.builder.CourseBuilder;
import org.eclipse.compare.CompareUI;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * The Problems view's quick fixes for a tutor's adaptation: accept the module's change into
 * the base (after looking), and compare the three texts side by side.
 */
public class AdaptationResolutions implements IMarkerResolutionGenerator2 {

	public static final String ACCEPT = "Accept the module's change into the base";
	public static final String COMPARE = "Compare";

	@Override
	public boolean hasResolutions(IMarker marker) {
		String code = marker.getAttribute(CourseBuilder.CODE, "");
		return IssueCodes.ADAPTATION_UPSTREAM_CHANGED.equals(code) || IssueCodes.ADAPTATION_NOT_ACCEPTED.equals(code);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		// the registry asks every generator of the marker type, whatever hasResolutions said
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		if (IssueCodes.ADAPTATION_UPSTREAM_CHANGED.equals(marker.getAttribute(CourseBuilder.CODE, ""))) {
			return new IMarkerResolution[] { new Accept(), new Compare() };
		}
		return new IMarkerResolution[] { new Accept() };
	}

	/** The adaptation the marker is on, loaded with its module. */
	static LoadedModule load(IMarker marker) throws ModuleLoader.BadPathException {
		Path file = Path.of(marker.getResource().getLocation().toOSString());
		return CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(file)).get(0);
	}

	private static final class Accept implements IMarkerResolution {

		@Override
		public String getLabel() {
			return ACCEPT;
		}

		@Override
		public void run(IMarker marker) {
			int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
			try {
				LoadedModule loaded = load(marker);
				Optional<String> id = AdaptedModules.idAt(loaded, line);
				if (id.isPresent()) {
					AdaptedModules.accept(loaded, Set.of(id.get()));
					// the lock changed on disk: the builder checks the adaptation again and the warning goes
					marker.getResource().getParent().refreshLocal(IResource.DEPTH_ONE, null);
				}
			} catch (ModuleLoader.BadPathException | IOException | CoreException e) {
				ILog.of(getClass()).error("Could not accept the module's change", e);
			}
		}
	}

	private static final class Compare implements IMarkerResolution {

		@Override
		public String getLabel() {
			return COMPARE;
		}

		@Override
		public void run(IMarker marker) {
			upstreamChangeAt(marker).ifPresent(change -> CompareUI.openCompareEditor(new UpstreamCompareInput(change)));
		}
	}

	/** The module's change under the tutor's that the marker reports. */
	public static Optional<UpstreamChange> upstreamChangeAt(IMarker marker) {
		int line = marker.getAttribute(IMarker.LINE_NUMBER, -1);
		try {
			return AdaptedModules.upstreamChanges(load(marker)).stream().filter(change -> change.line() == line).findFirst();
		} catch (ModuleLoader.BadPathException e) {
			return Optional.empty();
		}
	}
}
