package org.coursewright.dsl.editing;

import java.util.Optional;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.Reading;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The elements a form can show: activities, forum prompts, readings, figures and media. The one
 * under a caret is the innermost of these around it, so a figure inside an activity is the figure.
 */
public final class EditableElements {

	private EditableElements() {
	}

	public static boolean isEditable(EObject element) {
		return element instanceof Activity || element instanceof ForumPrompt || element instanceof Reading
				|| element instanceof Figure || element instanceof Media;
	}

	/** The editable element whose text holds the offset (its end included, as a caret after '}' is). */
	public static Optional<EObject> at(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return Optional.empty();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null && offset > 0) {
			leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset - 1);
		}
		if (leaf == null) {
			return Optional.empty();
		}
		for (EObject element = NodeModelUtils.findActualSemanticObjectFor(leaf); element != null; element = element.eContainer()) {
			if (isEditable(element)) {
				return Optional.of(element);
			}
		}
		return Optional.empty();
	}
}
