package org.coursewright.dsl.formatting2;

import java.util.List;

import org.coursewright.dsl.course.CourseFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Action;
import org.eclipse.xtext.Alternatives;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.UnorderedGroup;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Lays a course file out the way the documentation shows it. The rules follow the grammar's
 * shape, so a new construct is formatted without code here:
 * <ul>
 * <li>braces open a block whose content is indented one tab;</li>
 * <li>each element in a block (a session, an activity, a prose text) starts a line, and
 * the designer may keep one blank line between elements;</li>
 * <li>each clause of an element ({@code allow about 30 minutes}, {@code serves lo1}) starts
 * a line;</li>
 * <li>everything else is separated by one space, with no space before a comma.</li>
 * </ul>
 */
public class CourseFormatter extends AbstractJavaFormatter {

	protected void format(CourseFile file, IFormattableDocument doc) {
		for (ISemanticRegion region : getTextRegionAccess().regionForRootEObject().getAllSemanticRegions()) {
			doc.append(region, r -> {
				r.oneSpace();
				r.lowPriority();
			});
			if (region.getGrammarElement() instanceof Keyword keyword) {
				formatKeyword(region, keyword, doc);
			}
			if (startsClause(region.getGrammarElement())) {
				doc.prepend(region, r -> r.newLine());
			}
			if (TextBlockIndenter.appliesTo(region)) {
				doc.addReplacer(new TextBlockIndenter(region));
			}
		}
		file.eAllContents().forEachRemaining(element -> formatElement(element, doc));
		doc.append(file, r -> r.setNewLines(1));
	}

	private void formatKeyword(ISemanticRegion region, Keyword keyword, IFormattableDocument doc) {
		switch (keyword.getValue()) {
			case "," -> doc.prepend(region, r -> r.noSpace());
			case "{" -> {
				ISemanticRegion close = closingBrace(region);
				if (close != null) {
					doc.append(region, r -> r.newLine());
					doc.prepend(close, r -> r.newLine());
					doc.interior(region, close, r -> r.indent());
				}
			}
			case "-" -> {
				doc.prepend(region, r -> r.noSpace());
				doc.append(region, r -> r.noSpace());
			}
			default -> {
			}
		}
	}

	private ISemanticRegion closingBrace(ISemanticRegion open) {
		EObject owner = open.getSemanticElement();
		return owner == null ? null : regionFor(owner).keywordPairs("{", "}").stream()
				.filter(pair -> pair.getKey() == open).map(pair -> pair.getValue()).findFirst().orElse(null);
	}

	/** Elements held in a list inside braces each start a line; one blank line between them may stay. */
	private void formatElement(EObject element, IFormattableDocument doc) {
		Assignment assignment = containingAssignment(element);
		if (assignment == null) {
			return;
		}
		if (getTextRegionAccess().regionForEObject(element).getPreviousHiddenRegion().getPreviousSemanticRegion() == null) {
			return; // nothing precedes the file's first element
		}
		if (element.eContainer() instanceof CourseFile) {
			doc.prepend(element, r -> {
				r.setNewLines(2); // one blank line between a file's units, terms and entries
				r.highPriority();
			});
		} else if ("+=".equals(assignment.getOperator())) {
			doc.prepend(element, r -> {
				r.setNewLines(1, 1, 2);
				r.highPriority();
			});
		} else if (inUnorderedGroup(assignment)) {
			// Prepend to the element's first token: an element that starts with an action has no region of its own.
			ISemanticRegion first = getTextRegionAccess().regionForEObject(element).getPreviousHiddenRegion().getNextSemanticRegion();
			doc.prepend(first, r -> r.newLine());
		}
	}

	private static Assignment containingAssignment(EObject element) {
		// The outermost node: an element reached through rule calls such as Block -> Activity is assigned there.
		// An element created by an action ({ResponseBox}) has the action's node; its rule call is above.
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		while (node != null && node.getGrammarElement() instanceof Action) {
			node = node.getParent();
		}
		if (node == null || !(node.getGrammarElement() instanceof RuleCall call)) {
			return null;
		}
		return call.eContainer() instanceof Assignment assignment ? assignment : null;
	}

	/** A keyword that opens an optional clause of an element, such as {@code serves} or {@code study}. */
	private static boolean startsClause(Object grammarElement) {
		if (grammarElement instanceof RuleCall call && call.eContainer() instanceof Assignment assignment) {
			return inUnorderedGroup(assignment); // a bare value clause, such as a reading's 'required'
		}
		if (!(grammarElement instanceof Keyword keyword)) {
			return false;
		}
		AbstractElement first = keyword;
		while (first.eContainer() instanceof Alternatives alternatives) { // ('in' | 'journal') container=STRING
			first = alternatives;
		}
		return first.eContainer() instanceof Group group && group.getElements().get(0) == first && inUnorderedGroup(group)
				|| opensRuleUsedAsClause(keyword);
	}

	/** The first keyword of a rule such as ResponseBox ({ResponseBox} 'response' 'box' ...) used only as a clause. */
	private static boolean opensRuleUsedAsClause(Keyword keyword) {
		ParserRule rule = GrammarUtil.containingParserRule(keyword);
		if (rule == null || !(rule.getAlternatives() instanceof Group body)) {
			return false;
		}
		AbstractElement first = body.getElements().stream().filter(e -> !(e instanceof Action)).findFirst().orElse(null);
		if (first != keyword) {
			return false;
		}
		List<RuleCall> calls = GrammarUtil.containedRuleCalls(GrammarUtil.getGrammar(rule)).stream()
				.filter(call -> call.getRule() == rule).toList();
		return !calls.isEmpty() && calls.stream().allMatch(call -> call.eContainer() instanceof Assignment a && inUnorderedGroup(a));
	}

	private static boolean inUnorderedGroup(AbstractElement element) {
		return element.eContainer() instanceof UnorderedGroup;
	}
}
