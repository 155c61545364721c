package org.coursewright.ui.editor;

import org.coursewright.ui.CourseUi;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

/**
 * Syntax colouring: the grammar's own keywords (read from it, so a new keyword is coloured
 * without code here), quoted texts, prose blocks, numbers and comments.
 */
public class CourseHighlighting extends PresentationReconciler {

	public CourseHighlighting() {
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setRules(new IRule[] {
				new EndOfLineRule("//", token(new RGB(63, 127, 95), SWT.ITALIC)),
				new MultiLineRule("/*", "*/", token(new RGB(63, 127, 95), SWT.ITALIC)),
				new MultiLineRule("\"\"\"", "\"\"\"", token(new RGB(42, 0, 160), SWT.NORMAL)),
				new SingleLineRule("\"", "\"", token(new RGB(42, 0, 255), SWT.NORMAL), '\\'),
				keywords(),
				new NumberRule(token(new RGB(0, 90, 160), SWT.NORMAL)) });
		DefaultDamagerRepairer damagerRepairer = new WholeDocumentDamagerRepairer(scanner);
		setDamager(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(damagerRepairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	private static WordRule keywords() {
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, new Token(null)); // other words (ids, keys) are consumed whole, so "robinson2008" is no number
		IToken keyword = token(new RGB(127, 0, 85), SWT.BOLD);
		IGrammarAccess grammar = CourseUi.injector().getInstance(IGrammarAccess.class);
		for (String word : GrammarUtil.getAllKeywords(grammar.getGrammar())) {
			if (Character.isLetter(word.charAt(0))) {
				words.addWord(word, keyword);
			}
		}
		return words;
	}

	private static IToken token(RGB colour, int style) {
		return new Token(new TextAttribute(new org.eclipse.swt.graphics.Color(Display.getDefault(), colour), null, style));
	}
}
