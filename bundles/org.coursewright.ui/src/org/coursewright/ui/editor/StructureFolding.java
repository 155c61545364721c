package org.coursewright.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coursewright.dsl.prose.ProseFeatures;
import org.coursewright.ui.CourseUi;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Folding by the module's structure: every unit, session, section, activity, box, entry and
 * other element that spans more than one line folds, and so does a long text block. A region
 * that is still there after an edit keeps its folded or unfolded state.
 */
public class StructureFolding extends EditedModuleReconciler {

	public StructureFolding() {
		super(400);
	}

	@Override
	protected void reconciled(Edited edited) {
		XtextResource resource = edited.resource();
		if (resource == null || resource.getParseResult() == null || !(edited.viewer() instanceof ProjectionViewer viewer)) {
			return;
		}
		Set<Position> regions = regions(resource, edited.document());
		showIfCurrent(edited, () -> show(viewer.getProjectionAnnotationModel(), regions));
	}

	/** Whole lines, from the first line of each multi-line element to the end of its last. */
	static Set<Position> regions(XtextResource resource, IDocument document) {
		ProseFeatures prose = CourseUi.injector().getInstance(ProseFeatures.class);
		Set<Position> regions = new LinkedHashSet<>();
		for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
			EObject element = contents.next();
			if (element.eContainer() != null) {
				add(NodeModelUtils.findActualNodeFor(element), document, regions);
			}
			for (EAttribute feature : prose.of(element)) {
				NodeModelUtils.findNodesForFeature(element, feature).forEach(node -> add(node, document, regions));
			}
		}
		return regions;
	}

	private static void add(INode node, IDocument document, Set<Position> regions) {
		if (node == null) {
			return;
		}
		try {
			int firstLine = document.getLineOfOffset(node.getOffset());
			int lastLine = document.getLineOfOffset(node.getEndOffset());
			if (lastLine > firstLine) {
				int start = document.getLineOffset(firstLine);
				int end = lastLine + 1 < document.getNumberOfLines() ? document.getLineOffset(lastLine + 1) : document.getLength();
				regions.add(new Position(start, end - start));
			}
		} catch (BadLocationException e) {
			// the node lies beyond a text that has changed since; the next pass redoes it
		}
	}

	private static void show(ProjectionAnnotationModel model, Set<Position> regions) {
		if (model == null) {
			return;
		}
		Map<Position, Annotation> existing = new HashMap<>();
		List<Annotation> removed = new ArrayList<>();
		for (Iterator<Annotation> annotations = model.getAnnotationIterator(); annotations.hasNext();) {
			Annotation annotation = annotations.next();
			Position position = model.getPosition(annotation);
			if (annotation instanceof ProjectionAnnotation && position != null && regions.contains(position)
					&& !existing.containsKey(position)) {
				existing.put(new Position(position.getOffset(), position.getLength()), annotation);
			} else {
				removed.add(annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position region : regions) {
			if (!existing.containsKey(region)) {
				added.put(new ProjectionAnnotation(), region);
			}
		}
		if (!removed.isEmpty() || !added.isEmpty()) {
			model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
		}
	}
}
