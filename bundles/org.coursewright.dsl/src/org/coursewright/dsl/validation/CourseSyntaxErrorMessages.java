package org.coursewright.dsl.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/**
 * Rewrites the parser's messages ("mismatched input 'x' expecting RULE_STRING") in words a
 * course designer can act on ("Found 'x' where a "quoted text" was expected.").
 */
public class CourseSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input (.+) expecting (.+)");
	private static final Pattern MISSING = Pattern.compile("missing (.+) at (.+)");
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input (.+) expecting (.+)");
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) (.+)");
	private static final Pattern UNCLOSED = Pattern.compile("mismatched character '<EOF>' expecting .*");

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		return new SyntaxErrorMessage(rewrite(context.getDefaultMessage()), IssueCodes.SYNTAX);
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(context.getDefaultMessage(), IssueCodes.SYNTAX);
	}

	static String rewrite(String message) {
		if (message == null) {
			return "This text cannot be read here.";
		}
		Matcher m;
		if (UNCLOSED.matcher(message).matches()) {
			return "A quoted text or \"\"\" text block is never closed: it runs to the end of the file.";
		}
		if ((m = MISMATCHED.matcher(message)).matches() && m.group(1).strip().equals("'<EOF>'")) {
			return "The file ends too early: " + expected(m.group(2)) + " was expected.";
		}
		if ((m = MISMATCHED.matcher(message)).matches()) {
			return "Found " + token(m.group(1)) + " where " + expected(m.group(2)) + " was expected.";
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return capitalize(expected(m.group(1))) + " is missing before " + token(m.group(2)) + ".";
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return capitalize(token(m.group(1))) + " is not expected here; " + expected(m.group(2)) + " was expected.";
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			return "The text from " + token(m.group(1)) + " on does not fit here; check the words that follow it.";
		}
		return message;
	}

	private static String token(String quoted) {
		String text = quoted.strip();
		if (text.equals("'<EOF>'")) {
			return "the end of the file";
		}
		if (text.length() > 42) {
			text = text.substring(0, 40) + "…'";
		}
		return text.replace("\n", "\\n");
	}

	private static String expected(String what) {
		return switch (what.strip()) {
			case "RULE_ID" -> "an id (a name such as a1 or leading-change)";
			case "RULE_STRING" -> "a \"quoted text\"";
			case "RULE_INT" -> "a whole number";
			case "RULE_TEXT_BLOCK" -> "a \"\"\" text block \"\"\"";
			case "EOF", "'<EOF>'" -> "the end of the file";
			default -> what.strip();
		};
	}

	private static String capitalize(String text) {
		return text.isEmpty() || !Character.isLetter(text.charAt(0)) ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
