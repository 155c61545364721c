package org.coursewright.dsl.loading;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.model.CourseModule;

/**
 * A module read from one folder: its model (for summaries and publishing) and the
 * problems found in the files that were asked about.
 */
public record LoadedModule(Path folder, List<Path> files, CourseModule model, List<Problem> problems) {

	public boolean hasErrors() {
		return problems.stream().anyMatch(Problem::isError);
	}
}
