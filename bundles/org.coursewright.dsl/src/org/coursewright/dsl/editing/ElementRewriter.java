package org.coursewright.dsl.editing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.coursewright.dsl.formatting2.FormattedText;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.util.TextRegion;

import com.google.inject.Inject;

/**
 * Changes one field of an element the way the language writes it, for forms. The new clause is
 * written by the serializer (from an element holding only the element's heading and that field,
 * so the grammar decides keywords, quoting and separators), put in place of the old clause or, when
 * the element had none, after the clause the grammar puts before it, and laid out by the formatter;
 * the rest of the element, the author's comments and prose included, is left as it was. The outcome
 * is one replacement of the file's text, which an editor applies as one undoable edit.
 * The resource is changed and reparsed on the way: give it one loaded for the purpose.
 */
public class ElementRewriter {

	@Inject
	private ISerializer serializer;

	@Inject
	private IParser parser;

	@Inject
	private IGrammarAccess grammar;

	@Inject
	private FormattedText formatter;

	/**
	 * The replacement that gives the element's feature the value (null, an empty list or false take
	 * the clause away); empty when the text already says so.
	 */
	public Optional<TextChange> rewrite(XtextResource resource, EObject element, EStructuralFeature feature, Object value) {
		String before = resource.getParseResult().getRootNode().getText();
		ParserRule rule = ruleOf(element);
		AbstractElement member = ElementClauses.memberFor(rule, feature);
		ElementClauses clauses = ElementClauses.of(element);
		String clause = clauseWritten(element, rule, member, feature, value);
		TextRegion old = clauses.region(member);
		String changed;
		TextRegion written;
		if (old != null && clause.isEmpty()) {
			int start = startOfBlankBefore(before, old.getOffset());
			changed = before.substring(0, start) + before.substring(old.getOffset() + old.getLength());
			written = null;
		} else if (old != null) {
			changed = before.substring(0, old.getOffset()) + clause + before.substring(old.getOffset() + old.getLength());
			written = new TextRegion(old.getOffset(), clause.length());
		} else if (!clause.isEmpty()) {
			TextRegion previous = clauses.before(member); // every element has at least its keyword before
			int at = previous.getOffset() + previous.getLength();
			changed = before.substring(0, at) + " " + clause + before.substring(at);
			written = new TextRegion(at, clause.length() + 1);
		} else {
			return Optional.empty();
		}
		String laidOut = written == null ? changed : layOut(resource, changed, written);
		TextChange result = TextChange.between(before, laidOut);
		return result.isEmpty() ? Optional.empty() : Optional.of(result);
	}

	/**
	 * The clause as the serializer writes it for the value: "" when the value takes the clause away.
	 * A list is written a value at a time and joined with the grammar's separator: Xtext's serializer
	 * writes each value of a list inside an unordered group as a clause of its own ("serves lo1
	 * serves lo3"), which its own parser then rejects (Xtext issue #2580, open).
	 */
	private String clauseWritten(EObject element, ParserRule rule, AbstractElement member, EStructuralFeature feature, Object value) {
		if (isUnset(value)) {
			return "";
		}
		if (!feature.isMany()) {
			return serializedAlone(element, rule, feature, value).clause();
		}
		List<?> values = List.copyOf((Collection<?>) value);
		StringBuilder clause = new StringBuilder(serializedAlone(element, rule, feature, values.subList(0, 1)).clause());
		for (Object next : values.subList(1, values.size())) {
			clause.append(separator(member, feature)).append(' ').append(serializedAlone(element, rule, feature, List.of(next)).value());
		}
		return clause.toString();
	}

	/** A clause as the serializer wrote it, and the part of it that is the value (after its keywords). */
	private record Written(String clause, String value) {
	}

	private Written serializedAlone(EObject element, ParserRule rule, EStructuralFeature feature, Object value) {
		EObject alone = headingOf(element, rule);
		set(alone, feature, value);
		// beside the element, so that the serializer names cross-references as the element's scope does
		@SuppressWarnings("unchecked")
		EList<EObject> siblings = (EList<EObject>) element.eContainer().eGet(element.eContainingFeature());
		siblings.add(alone);
		String text;
		try {
			text = serializer.serialize(alone);
		} finally {
			siblings.remove(alone);
		}
		IParseResult parsed = parser.parse(rule, new StringReader(text));
		if (parsed.hasSyntaxErrors()) {
			throw new IllegalStateException("the serializer wrote what the grammar does not read: " + text);
		}
		TextRegion clause = ElementClauses.of(parsed.getRootASTElement()).region(ElementClauses.memberFor(rule, feature));
		if (clause == null && feature.getEType() instanceof EEnum words && !(value instanceof Collection<?>)) {
			return withDefaultWord(element, rule, feature, words, (Enumerator) value);
		}
		List<INode> valueNodes = NodeModelUtils.findNodesForFeature(parsed.getRootASTElement(), feature);
		int valueStart = valueNodes.isEmpty() ? clause.getOffset() : valueNodes.get(0).getOffset();
		int end = clause.getOffset() + clause.getLength();
		return new Written(text.substring(clause.getOffset(), end), text.substring(valueStart, end));
	}

	/**
	 * A word that is the feature's default ("type assimilative", "required"): EMF cannot tell it from
	 * no value, so the serializer leaves the clause out. The clause is written for another word and
	 * the word put in as the grammar's enum rule spells it.
	 */
	private Written withDefaultWord(EObject element, ParserRule rule, EStructuralFeature feature, EEnum words, Enumerator word) {
		EEnumLiteral other = words.getELiterals().stream().filter(literal -> literal.getValue() != word.getValue()).findFirst()
				.orElseThrow(() -> new IllegalStateException(words.getName() + " has one word only"));
		Written written = serializedAlone(element, rule, feature, other.getInstance());
		String keyword = GrammarUtil.allEnumRules(grammar.getGrammar()).stream()
				.filter(enumRule -> enumRule.getType().getClassifier() == words)
				.flatMap(enumRule -> EcoreUtil2.getAllContentsOfType(enumRule, EnumLiteralDeclaration.class).stream())
				.filter(declaration -> declaration.getEnumLiteral().getValue() == word.getValue())
				.map(declaration -> declaration.getLiteral().getValue()).findFirst().orElse(word.getLiteral());
		String clause = written.clause().substring(0, written.clause().length() - written.value().length()) + keyword;
		return new Written(clause, keyword);
	}

	/** The keyword the grammar puts between the values of a list ("serves a, b": the comma). */
	private static String separator(AbstractElement member, EStructuralFeature feature) {
		List<Assignment> assignments = GrammarUtil.containedAssignments(member).stream()
				.filter(assignment -> assignment.getFeature().equals(feature.getName())).toList();
		if (assignments.size() > 1 && assignments.get(1).eContainer() instanceof Group group
				&& group.getElements().get(0) instanceof Keyword keyword) {
			return keyword.getValue();
		}
		throw new IllegalStateException("the grammar writes no separator between values of " + feature.getName());
	}

	/** A new element with the heading's features (id, title, source…) of the given one: the least the grammar writes. */
	private static EObject headingOf(EObject element, ParserRule rule) {
		EObject alone = EcoreUtil.create(element.eClass());
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isRequired() || isHeading(rule, feature)) {
				if (element.eIsSet(feature)) {
					set(alone, feature, element.eGet(feature));
				}
			}
		}
		return alone;
	}

	/** A feature the rule assigns outside its unordered group and before the opening brace. */
	private static boolean isHeading(ParserRule rule, EStructuralFeature feature) {
		return GrammarUtil.containedAssignments(rule).stream().filter(a -> a.getFeature().equals(feature.getName()))
				.anyMatch(a -> GrammarUtil.containedAbstractElements(rule).indexOf(a) < firstBrace(rule));
	}

	private static int firstBrace(ParserRule rule) {
		List<AbstractElement> elements = GrammarUtil.containedAbstractElements(rule);
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof Keyword keyword && "{".equals(keyword.getValue())) {
				return i;
			}
		}
		return elements.size();
	}

	@SuppressWarnings("unchecked")
	private static void set(EObject element, EStructuralFeature feature, Object value) {
		boolean containment = feature instanceof EReference reference && reference.isContainment();
		if (feature.isMany()) {
			Collection<Object> values = (Collection<Object>) value;
			((EList<Object>) element.eGet(feature)).addAll(containment ? EcoreUtil.copyAll(values) : values);
		} else {
			element.eSet(feature, containment ? EcoreUtil.copy((EObject) value) : value);
		}
	}

	private static boolean isUnset(Object value) {
		return value == null || Boolean.FALSE.equals(value) || value instanceof Collection<?> values && values.isEmpty()
				|| value instanceof String text && text.isEmpty();
	}

	private ParserRule ruleOf(EObject element) {
		return (ParserRule) GrammarUtil.findRuleForName(grammar.getGrammar(), element.eClass().getName());
	}

	/** Where the blank before a clause starts, back to the end of the previous line when the clause starts its line. */
	private static int startOfBlankBefore(String text, int offset) {
		int start = offset;
		while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
			start--;
		}
		if (start > 0 && text.charAt(start - 1) == '\n') {
			start--;
			if (start > 0 && text.charAt(start - 1) == '\r') {
				start--;
			}
		}
		return start;
	}

	/** The text with the written clause, and the blank before it, laid out by the formatter. */
	private String layOut(XtextResource resource, String text, TextRegion written) {
		try {
			resource.reparse(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // reparsing a string reads no file
		}
		if (resource.getParseResult().hasSyntaxErrors()) {
			throw new IllegalStateException("the changed element does not read back");
		}
		int start = startOfBlankBefore(text, written.getOffset());
		return formatter.of(resource, new TextRegion(start, written.getOffset() + written.getLength() - start));
	}
}
