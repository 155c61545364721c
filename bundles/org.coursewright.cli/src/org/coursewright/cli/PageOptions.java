package org.coursewright.cli;

import java.nio.file.Path;

import org.coursewright.publish.PublishOptions;

import picocli.CommandLine.Option;

/** The options of every command that renders a module's pages: {@code publish} and {@code pack}. */
final class PageOptions {

	@Option(names = "--style", paramLabel = "STYLE", description = "a CSL style name: apa (default), harvard-cite-them-right, chicago-author-date, …")
	String style;

	@Option(names = "--language", paramLabel = "LOCALE", description = "the references' language, such as en-GB or en-US (default: the module's own)")
	String language;

	@Option(names = "--forum-link", paramLabel = "URL", description = "the LMS address of a forum; {id} stands for the forum prompt's id")
	String forumLink;

	PublishOptions writingTo(Path output) {
		return new PublishOptions(output, style, language, forumLink);
	}
}
