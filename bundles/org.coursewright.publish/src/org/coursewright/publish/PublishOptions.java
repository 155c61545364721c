package org.coursewright.publish;

import java.nio.file.Path;

/**
 * @param output the folder the site goes into
 * @param style a CSL style name, or null for the module's own (APA when it names none)
 * @param language a locale such as "en-US" for the references, or null for the module's own
 * @param forumLink the address of a forum in the LMS, with {id} standing for the prompt's id; null for no link
 */
public record PublishOptions(Path output, String style, String language, String forumLink) {

	/** Options with the module's own language. */
	public PublishOptions(Path output, String style, String forumLink) {
		this(output, style, null, forumLink);
	}
}
