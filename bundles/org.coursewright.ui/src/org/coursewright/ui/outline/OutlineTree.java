package org.coursewright.ui.outline;

import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.course.Box;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Prose;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.Section;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.model.Numbering;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/** The outline of one file: its header, units, sessions, sections and numbered elements. */
public final class OutlineTree {

	private OutlineTree() {
	}

	public static List<OutlineNode> of(CourseFile file, Numbering numbering) {
		List<OutlineNode> roots = new ArrayList<>();
		if (file.getModule() != null) {
			Module header = file.getModule();
			roots.add(node(header, "Module " + header.getCode() + " " + header.getTitle(),
					header.getOutcomes().stream().map(o -> node(o, "Outcome " + o.getName() + ": " + o.getText(), List.of())).toList()));
		}
		for (EObject member : file.getMembers()) {
			if (member instanceof Unit unit) {
				roots.add(node(unit, numbering.labelOf(unit) + " " + unit.getTitle(),
						unit.getSessions().stream().map(s -> session(s, numbering)).toList()));
			} else if (member instanceof GlossaryTerm term) {
				roots.add(node(term, "Term: " + term.getTerm(), List.of()));
			} else if (member instanceof Reference reference) {
				roots.add(node(reference, "Entry " + reference.getName(), List.of()));
			}
		}
		return roots;
	}

	private static OutlineNode session(Session session, Numbering numbering) {
		List<OutlineNode> children = new ArrayList<>();
		for (EObject content : session.getContents()) {
			if (content instanceof Section section) {
				children.add(node(section, section.getTitle(), section.getBlocks().stream()
						.filter(b -> !(b instanceof Prose)).map(b -> element(b, numbering)).toList()));
			} else if (!(content instanceof Prose)) {
				children.add(element(content, numbering));
			}
		}
		return node(session, numbering.labelOf(session) + " " + session.getTitle(), children);
	}

	private static OutlineNode element(EObject element, Numbering numbering) {
		String label = numbering.labelOf(element);
		String title = element.eClass().getEStructuralFeature("title") == null ? null
				: (String) element.eGet(element.eClass().getEStructuralFeature("title"));
		if (element instanceof Box box) {
			label = "Box";
			title = box.getTitle();
		} else if (element instanceof Figure figure) {
			title = figure.getCaption();
		} else if (element instanceof Reading reading && reading.getSource() != null && !reading.getSource().eIsProxy()) {
			title = "from " + reading.getSource().getName();
		}
		if (label == null) {
			String id = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
			label = element.eClass().getName() + (id == null ? "" : " " + id);
		}
		return node(element, title == null ? label : label + " " + title, List.of());
	}

	private static OutlineNode node(EObject element, String label, List<OutlineNode> children) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return new OutlineNode(label, node == null ? 0 : node.getOffset(), node == null ? 0 : node.getLength(), children);
	}
}
