package org.coursewright.dsl.prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.RuleCall;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The attributes that hold Markdown prose: every assignment of the grammar's {@code Text}
 * rule. Read from the grammar so that a new prose field is checked and published without
 * being listed anywhere else.
 */
@Singleton
public class ProseFeatures {

	public static final String TEXT_RULE = "Text";

	private final List<EAttribute> features = new ArrayList<>();

	@Inject
	public ProseFeatures(IGrammarAccess grammarAccess) {
		for (Assignment assignment : GrammarUtil.containedAssignments(grammarAccess.getGrammar())) {
			if (assignment.getTerminal() instanceof RuleCall call && TEXT_RULE.equals(call.getRule().getName())
					&& GrammarUtil.containingRule(assignment).getType().getClassifier() instanceof EClass type
					&& type.getEStructuralFeature(assignment.getFeature()) instanceof EAttribute attribute
					&& !features.contains(attribute)) {
				features.add(attribute);
			}
		}
	}

	/** The prose attributes of each kind of element, worked out once per kind. */
	private final Map<EClass, List<EAttribute>> byClass = new ConcurrentHashMap<>();

	public List<EAttribute> of(EObject element) {
		return byClass.computeIfAbsent(element.eClass(),
				type -> features.stream().filter(f -> f.getEContainingClass().isSuperTypeOf(type)).toList());
	}

	/** The prose texts an element holds, in grammar order. */
	public List<String> texts(EObject element) {
		List<String> texts = new ArrayList<>();
		for (EStructuralFeature feature : of(element)) {
			if (element.eGet(feature) instanceof String text) {
				texts.add(text);
			}
		}
		return texts;
	}
}
