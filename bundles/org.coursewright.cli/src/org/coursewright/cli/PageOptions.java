package org.coursewright.cli;

import java.nio.file.Path;

import org.coursewright.publish.PublishOptions;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of every command that renders a module's pages: {@code publish} and {@code pack}. */
final class PageOptions {

	@Option(names = "--style", paramLabel = "STYLE", description = "a CSL style name: apa (default), harvard-cite-them-right, chicago-author-date, …")
	String style;

	@Option(names = "--language", paramLabel = "LOCALE", description = "the references' language, such as en-GB or en-US (default: the module's own)")
	String language;

	String forumLink;

	@Spec(Spec.Target.MIXEE)
	private CommandSpec spec;

	/** The link goes into every forum prompt's page: only a web address may, never one that runs script. */
	@Option(names = "--forum-link", paramLabel = "URL", description = "the LMS address of a forum (http or https); {id} stands for the forum prompt's id")
	void forumLink(String link) {
		String compact = link.replaceAll("[\\p{Cntrl}\\s]", "").toLowerCase(java.util.Locale.ROOT);
		if (!compact.startsWith("https://") && !compact.startsWith("http://")) {
			throw new ParameterException(spec.commandLine(), "--forum-link must be an http or https address, such as"
					+ " https://lms.example.org/mod/forum/view.php?id={id}; not '" + link + "'");
		}
		forumLink = link;
	}

	/** The options as they shape the output, for a module's fingerprint. */
	String settings() {
		return "style=" + style + "|language=" + language + "|forum-link=" + forumLink;
	}

	PublishOptions writingTo(Path output) {
		return new PublishOptions(output, style, language, forumLink);
	}
}
