package org.coursewright.dsl.loading;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coursewright.dsl.model.CourseModule;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A module read from one folder: its model (for summaries and publishing) and the
 * problems found in the files that were asked about.
 */
public record LoadedModule(Path folder, List<Path> files, CourseModule model, List<Problem> problems) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}

	/** The parsed file at the given path, if it was loaded and could be read. */
	public Optional<XtextResource> resource(Path file) {
		if (model == null) {
			return Optional.empty();
		}
		Path wanted = file.toAbsolutePath().normalize();
		return model.files().stream().map(f -> (XtextResource) f.eResource())
				.filter(r -> Path.of(r.getURI().toFileString()).equals(wanted)).findFirst();
	}
}
