package org.coursewright.dsl.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.TextRegion;

/**
 * An element's text cut into clauses as the grammar writes them: "serves lo1, lo3", "allow about
 * 15 minutes", "response box medium" are each one member of the element's unordered group; in the
 * element's heading ("activity first-thoughts \"Your first thoughts\" {") each assignment is a clause
 * of its own. A form changes a clause at a time, so what the author wrote elsewhere in the element,
 * comments included, stays as it was.
 */
final class ElementClauses {

	private final Map<AbstractElement, TextRegion> regions = new LinkedHashMap<>();
	private ElementClauses(ICompositeNode node) {
		collect(node);
	}

	private void collect(ICompositeNode node) {
		for (INode child : node.getChildren()) {
			if (child instanceof ILeafNode leaf && leaf.isHidden() || child.getGrammarElement() == null) {
				continue;
			}
			if (child instanceof ICompositeNode composite && isUnassignedRuleCall(child.getGrammarElement())) {
				collect(composite); // "Member: Activity | …": the element's own rule inside the rule that calls it
				continue;
			}
			AbstractElement member = memberOf(calledFrom(child));
			if (member != null) {
				TextRegion known = regions.get(member);
				int start = known == null ? child.getOffset() : known.getOffset();
				regions.put(member, new TextRegion(start, child.getEndOffset() - start));
			}
		}
	}

	/**
	 * The grammar element of the element's rule a node stands for. A rule that starts with an action
	 * ("{ResponseBox} 'response' 'box' …") has its node under the action's node, whose own grammar
	 * element is the action in the called rule.
	 */
	private static EObject calledFrom(INode node) {
		if (node.getGrammarElement() instanceof Action && node instanceof ICompositeNode composite && composite.getFirstChild() != null) {
			return composite.getFirstChild().getGrammarElement();
		}
		return node.getGrammarElement();
	}

	private static boolean isUnassignedRuleCall(EObject grammarElement) {
		return grammarElement instanceof RuleCall call && GrammarUtil.containingAssignment(call) == null
				&& call.getRule() instanceof ParserRule rule && !GrammarUtil.isDatatypeRule(rule);
	}

	static ElementClauses of(EObject element) {
		return new ElementClauses(NodeModelUtils.findActualNodeFor(element));
	}

	/** Where the clause is in the file; null when the element does not have it. */
	TextRegion region(AbstractElement member) {
		return regions.get(member);
	}

	/**
	 * The clause after which a missing member is written: of the clauses the grammar has before it
	 * (the opening brace is one), the last in the text. Null when there is none.
	 */
	TextRegion before(AbstractElement member) {
		List<AbstractElement> order = GrammarUtil.containedAbstractElements(containingRule(member));
		int index = order.indexOf(member);
		TextRegion found = null;
		for (Map.Entry<AbstractElement, TextRegion> clause : regions.entrySet()) {
			int at = order.indexOf(clause.getKey());
			if (at >= 0 && at < index && (found == null || clause.getValue().getOffset() > found.getOffset())) {
				found = clause.getValue();
			}
		}
		return found;
	}

	/** The grammar member of the element's rule that writes a feature: its assignment, or the group of the unordered group holding it. */
	static AbstractElement memberFor(ParserRule rule, EStructuralFeature feature) {
		for (Assignment assignment : GrammarUtil.containedAssignments(rule)) {
			if (assignment.getFeature().equals(feature.getName())) {
				return memberOf(assignment);
			}
		}
		throw new IllegalArgumentException(rule.getName() + " does not write " + feature.getName());
	}

	/** The clause a grammar element belongs to: the unordered group's member around it, else its assignment, else itself. */
	private static AbstractElement memberOf(EObject grammarElement) {
		AbstractElement assignment = null;
		for (EObject at = grammarElement; at instanceof AbstractElement element; at = at.eContainer()) {
			if (at.eContainer() instanceof UnorderedGroup) {
				return element;
			}
			if (at instanceof Assignment && assignment == null) {
				assignment = element;
			}
		}
		return assignment != null ? assignment : grammarElement instanceof AbstractElement element ? element : null;
	}

	private static ParserRule containingRule(AbstractElement member) {
		return (ParserRule) GrammarUtil.containingRule(member);
	}
}
