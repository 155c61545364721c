package org.coursewright.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;

/** The annotations one editor service shows, replaced as a whole each time it has something new to show. */
final class ShownAnnotations {

	private List<Annotation> shown = new ArrayList<>();

	/** Takes away what was shown and shows these instead, in one change of the model where it can. */
	void replace(IAnnotationModel model, Map<Annotation, Position> added) {
		if (model == null) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
		} else {
			shown.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
		shown = new ArrayList<>(added.keySet());
	}
}
