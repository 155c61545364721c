package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.coursewright.dsl.conversion.TextBlock;
import org.junit.jupiter.api.Test;

class TextBlockTest {

	@Test
	void removesTheCommonIndentationAndTheLayoutLines() {
		String token = "\"\"\"\n\t\tFirst line\n\t\t  indented more\n\n\t\tlast line\n\t\"\"\"";
		assertEquals("First line\n  indented more\n\nlast line", TextBlock.fromToken(token).value());
	}

	@Test
	void keepsTextOnTheOpeningLine() {
		assertEquals("One line only", TextBlock.fromToken("\"\"\"One line only\"\"\"").value());
		assertEquals("Starts here\n  and goes on", TextBlock.fromToken("\"\"\"Starts here\n  and goes on\n\"\"\"").value());
	}

	@Test
	void readsWindowsLineEnds() {
		assertEquals("a\nb", TextBlock.fromToken("\"\"\"\r\n    a\r\n    b\r\n\"\"\"").value());
	}

	@Test
	void mapsValueOffsetsBackToTheToken() {
		String token = "\"\"\"\n\t\tAbc\n\t\tdef [@key]\n\t\"\"\"";
		TextBlock block = TextBlock.fromToken(token);
		int at = block.value().indexOf('@');
		assertEquals('@', token.charAt(block.tokenOffset(at)));
		assertEquals('A', token.charAt(block.tokenOffset(0)));
	}

	@Test
	void writesAValueThatReadsBackTheSame() {
		String value = "Para one.\n\n  - a list item\nlast";
		assertEquals(value, TextBlock.fromToken(TextBlock.toToken(value)).value());
	}
}
