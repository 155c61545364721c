package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SVG figure is published as a file a learner can open on its own: it must hold no script. */
class SvgFiguresTest {

	@TempDir
	Path folder;

	private static final String MODULE = ModuleFixture.HEADER + """
			unit u "U" { session s "S" {
				figure f "A drawing" { file "images/drawing.svg" description "Boxes and arrows." }
			} }
			""";

	private List<String> problems(String svg) {
		return new ModuleFixture(folder).file("m.course", MODULE).file("images/drawing.svg", svg).problems(IssueCodes.ACTIVE_SVG);
	}

	private static String error(String why) {
		return "m.course:5:30: error: [active-svg] The SVG file 'images/drawing.svg' " + why + ". Published, it would run script when"
				+ " a learner opens it; export the drawing again as plain SVG (without script or interactivity).";
	}

	@Test
	void aPlainDrawingIsFine() {
		assertEquals(List.of(), problems("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
				+ "<a xlink:href=\"https://example.org\"><rect width=\"10\" height=\"10\"/></a></svg>"));
	}

	@Test
	void scriptEventsEmbeddedDocumentsAndScriptLinksAreErrors() {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">%s</svg>";
		assertEquals(List.of(error("holds a <script> element")), problems(svg.formatted("<script>alert(1)</script>")));
		assertEquals(List.of(error("has an event attribute (onload)")), problems(svg.formatted("<rect onload=\"alert(1)\"/>")));
		assertEquals(List.of(error("holds a <foreignObject> element")), problems(svg.formatted("<foreignObject><p>x</p></foreignObject>")));
		assertEquals(List.of(error("links to a script address (xlink:href)")),
				problems(svg.formatted("<a xlink:href=\" java\tscript:alert(1)\"><text>x</text></a>")));
		assertEquals(List.of(error("links to a script address (values)")),
				problems(svg.formatted("<a><animate attributeName=\"href\" values=\"javascript:alert(1)\"/><text>x</text></a>")));
	}

	@Test
	void aDocumentTypeIsRefusedUnread() {
		List<String> problems = problems("<!DOCTYPE svg [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&e;</svg>");
		assertEquals(1, problems.size());
		assertEquals(true, problems.get(0).contains("is not well-formed XML (DOCTYPE is disallowed"), problems.get(0));
	}
}
