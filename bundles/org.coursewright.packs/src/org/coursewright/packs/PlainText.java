package org.coursewright.packs;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * Markdown a designer wrote, as the plain text that metadata fields hold: "*between*" is read,
 * not shown; the lines of a paragraph join, paragraphs stay apart.
 */
public final class PlainText {

	private static final Parser PARSER = Parser.builder().build();
	private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
			.lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();

	private PlainText() {
	}

	public static String of(String markdown) {
		return RENDERER.render(PARSER.parse(markdown)).strip().replaceAll("(?<!\n)\n(?!\n)", " ");
	}
}
