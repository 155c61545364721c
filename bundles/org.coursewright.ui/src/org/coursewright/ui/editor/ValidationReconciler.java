package org.coursewright.ui.editor;

import java.util.HashMap;
import java.util.Map;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.dsl.loading.Problem;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;

/**
 * Checks the module as the designer types, through the same loader as the command line.
 * Problems become error and warning annotations (underlined, with the message and code as
 * their text).
 */
public class ValidationReconciler extends EditedModuleReconciler {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	private final ShownAnnotations shown = new ShownAnnotations();

	public ValidationReconciler() {
		super(300);
	}

	@Override
	protected void reconciled(Edited edited) {
		Map<Annotation, Position> added = new HashMap<>();
		// an adaptation is also held against its lock; the module's own problems belong to the module's files
		for (Problem problem : AdaptedModules.checked(edited.module()).problems()) {
			if (!problem.file().equals(edited.file().toAbsolutePath().normalize())) {
				continue;
			}
			added.put(new ProblemAnnotation(problem.isError() ? ERROR : WARNING, problem.message() + " [" + problem.code() + "]",
					problem.code()), ProblemPlaces.span(edited.document(), problem.line(), problem.column()));
		}
		// on the display thread: the painters, the ruler and the hover read the annotation model
		// there, and a model changed from this thread meanwhile could lose the new annotations
		showIfCurrent(edited, () -> shown.replace(edited.viewer().getAnnotationModel(), added));
	}
}
