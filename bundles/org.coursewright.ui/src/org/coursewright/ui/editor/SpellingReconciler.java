package org.coursewright.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.spelling.ModuleSpelling;
import org.coursewright.spelling.WordList;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Marks the misspelt words of the prose and titles being written, in the module's language,
 * taking the module's word list into account. Works from the same parse as the checks.
 */
public class SpellingReconciler extends EditedModuleReconciler {

	private final ShownAnnotations shown = new ShownAnnotations();

	public SpellingReconciler() {
		super(500);
	}

	@Override
	protected void reconciled(Edited edited) {
		XtextResource resource = edited.resource();
		if (resource == null || edited.module().model() == null) {
			return;
		}
		String language = language(edited.module().model());
		Map<Annotation, Position> added = new HashMap<>();
		ModuleSpelling.of(language, WordList.of(edited.module().folder())).ifPresent(spelling -> spelling.check(resource)
				.forEach(m -> added.put(new SpellingAnnotation(m.word(), spelling.dictionary()), new Position(m.offset(), m.length()))));
		showIfCurrent(edited, () -> shown.replace(edited.viewer().getAnnotationModel(), added));
	}

	static String language(CourseModule module) {
		return module.header().map(h -> h.getLanguage()).orElse(null);
	}
}
