package org.coursewright.ui.editor;

import java.util.List;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.publish.references.References;
import org.coursewright.publish.references.UnknownStyleException;
import org.jsoup.Jsoup;

/**
 * A module's bibliography formatted in the module's own citation style and language, as
 * plain text for hovers and proposals: what the designer reads is what learners will.
 */
final class ModuleReferences {

	private final References references;

	private ModuleReferences(References references) {
		this.references = references;
	}

	/** Formats with the module's style; a style that does not exist is reported as the problem it is. */
	static ModuleReferences of(CourseModule module) throws UnknownStyleException {
		String style = module.header().map(h -> h.getCitationStyle()).filter(s -> s != null && !s.isBlank())
				.orElse(References.DEFAULT_STYLE);
		return new ModuleReferences(References.of(module.references(), style, module.header().map(h -> h.getLanguage()).orElse(null)));
	}

	boolean has(String key) {
		return references.has(key);
	}

	/** The reference list entry: "Day, C., Sammons, P., … (2010). Ten strong claims …". */
	String entry(String key) {
		return Jsoup.parse(references.entry(key)).text();
	}

	/** The parenthetical citation: "(Day et al., 2010)". */
	String citation(String key) {
		return Jsoup.parse(references.citation(List.of(new CitationItem(key, null, null, 0, 0)))).text();
	}
}
