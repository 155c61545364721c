package org.coursewright.dsl.formatting2;

import org.coursewright.dsl.conversion.TextBlock;
import org.coursewright.dsl.course.Prose;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;

/**
 * Re-indents the lines of a multi-line {@code """} text block and puts the closing quotes
 * on their own line. Prose that stands alone keeps its lines level with its quotes; text
 * after a keyword ({@code instructions """}) goes one level deeper. The text's value does
 * not change: common indentation is never part of it.
 */
record TextBlockIndenter(ISemanticRegion getRegion) implements ITextReplacer {

	static boolean appliesTo(ISemanticRegion region) {
		String text = region.getText();
		return text.startsWith(TextBlock.DELIMITER) && text.indexOf('\n') >= 0;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		String outer = context.getIndentationString();
		boolean standsAlone = getRegion.getSemanticElement() instanceof Prose;
		String inner = standsAlone ? outer : context.getIndentationString(context.getIndentation() + 1);
		StringBuilder text = new StringBuilder(TextBlock.DELIMITER).append('\n');
		for (String line : TextBlock.fromToken(getRegion().getText()).value().split("\n", -1)) {
			text.append(line.isEmpty() ? "" : inner + line).append('\n');
		}
		text.append(outer).append(TextBlock.DELIMITER);
		context.addReplacement(getRegion().replaceWith(text.toString()));
		return context;
	}
}
