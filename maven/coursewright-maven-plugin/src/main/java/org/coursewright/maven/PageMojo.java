package org.coursewright.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.Parameter;

/** The options of the goals that render pages, as the command line's. */
abstract class PageMojo extends AbstractCoursewrightMojo {

	/** A CSL style name: apa (the default), harvard-cite-them-right, chicago-author-date, … */
	@Parameter(property = "coursewright.style")
	protected String style;

	/** The references' language, such as en-GB (default: the module's own). */
	@Parameter(property = "coursewright.language")
	protected String language;

	/** The LMS address of a forum (http or https); {id} stands for the forum prompt's id. */
	@Parameter(property = "coursewright.forumLink")
	protected String forumLink;

	/** Builds every module again, even those unchanged since the last build. */
	@Parameter(property = "coursewright.force", defaultValue = "false")
	protected boolean force;

	protected List<String> pageOptions(String command) {
		List<String> arguments = new ArrayList<>(List.of(command));
		option(arguments, "--style", style);
		option(arguments, "--language", language);
		option(arguments, "--forum-link", forumLink);
		if (force) {
			arguments.add("--force");
		}
		return arguments;
	}
}
