package org.coursewright.adaptations.apply;

import static org.coursewright.dsl.course.CoursePackage.Literals.ADDITION__ANCHOR;
import static org.coursewright.dsl.course.CoursePackage.Literals.CHANGE__TARGET;
import static org.coursewright.dsl.course.CoursePackage.Literals.HIDE__TARGET;

import java.util.List;

import org.coursewright.dsl.course.Addition;
import org.coursewright.dsl.course.Change;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Hide;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The changes, hidden elements and additions of an adaptation, and the module element each names. */
final class Adjustments {

	private Adjustments() {
	}

	/** Each change, hide and addition of the adaptation, in the order written. */
	static List<EObject> of(CourseFile adaptation) {
		return adaptation.getMembers().stream().filter(m -> m instanceof Change || m instanceof Hide || m instanceof Addition)
				.map(EObject.class::cast).toList();
	}

	static EReference namingFeature(EObject adjustment) {
		return adjustment instanceof Change ? CHANGE__TARGET : adjustment instanceof Hide ? HIDE__TARGET : ADDITION__ANCHOR;
	}

	/** The module element named, or null when it is not in the module (any more). */
	static EObject target(EObject adjustment) {
		EObject target = (EObject) adjustment.eGet(namingFeature(adjustment));
		return target == null || target.eIsProxy() ? null : target;
	}

	/** The id as the tutor wrote it, also when it no longer names anything. */
	static String writtenId(EObject adjustment) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(adjustment, namingFeature(adjustment));
		return nodes.isEmpty() ? "?" : NodeModelUtils.getTokenText(nodes.get(0));
	}
}
