package org.coursewright.ui.element;

import java.io.StringReader;
import java.util.Optional;

import org.coursewright.dsl.services.CourseGrammarAccess;
import org.coursewright.ui.CourseUi;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;

/**
 * Timings and lengths as a designer writes them in a module ("about 45 minutes", "up to 1 hour
 * 30 minutes", "12 minutes"), read by the language's own parser rather than a second grammar.
 */
final class Phrases {

	private Phrases() {
	}

	/** The timing a phrase says (what follows "allow"); empty when the language does not read it. */
	static Optional<EObject> timing(String phrase) {
		return parse(grammar().getTimingRule(), "allow " + phrase);
	}

	static Optional<EObject> duration(String phrase) {
		return parse(grammar().getDurationRule(), phrase);
	}

	/** The phrase as written in the file; for a timing, what follows "allow". */
	static String written(EObject value) {
		if (value == null) {
			return "";
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(value);
		String text = node == null ? "" : NodeModelUtils.getTokenText(node);
		return text.startsWith("allow ") ? text.substring("allow ".length()) : text;
	}

	private static Optional<EObject> parse(ParserRule rule, String text) {
		IParseResult result = CourseUi.injector().getInstance(IParser.class).parse(rule, new StringReader(text));
		return result.hasSyntaxErrors() ? Optional.empty() : Optional.ofNullable(result.getRootASTElement());
	}

	private static CourseGrammarAccess grammar() {
		return CourseUi.injector().getInstance(CourseGrammarAccess.class);
	}
}
