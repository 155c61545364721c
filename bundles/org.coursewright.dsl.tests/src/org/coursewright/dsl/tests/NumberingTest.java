package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.Numbering;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.junit.jupiter.api.Test;

/** Numbers come from the order of files and elements; nobody types them. */
class NumberingTest {

	@Test
	void theExampleIsNumberedPerUnitAndReadingsAcrossTheModule() {
		CourseModule module = new ModuleFixture(ExampleModule.folder()).load().model();
		Numbering numbering = Numbering.of(module);
		Map<String, String> labels = new LinkedHashMap<>();
		module.allElements().forEach(element -> {
			String label = numbering.labelOf(element);
			if (label != null) {
				labels.put(SimpleAttributeResolver.NAME_RESOLVER.apply(element), label);
			}
		});
		assertEquals("Unit 1", labels.get("leading-and-learning"));
		assertEquals("Session 1.2", labels.get("leading-while-learning"));
		assertEquals("Activity 1.1", labels.get("first-thoughts"));
		assertEquals("Activity 1.2", labels.get("principles-in-practice"));
		assertEquals("Activity 1.3", labels.get("watch-federation"));
		assertEquals("Video 1.1", labels.get("federation-film"));
		assertEquals("Forum 1.1", labels.get("leading-forum"));
		assertEquals("Reading 1", labels.get("principles"));
		assertEquals("Unit 2", labels.get("practices"));
		assertEquals("Reading 2", labels.get("impact-review"));
		assertEquals("Figure 2.1", labels.get("dimensions-chart"));
		assertEquals("Activity 2.1", labels.get("rank-dimensions"));
		assertEquals("Activity 2.3", labels.get("claims-quiz"));
		assertEquals("Reading 6", labels.get("communities"));
		assertEquals("Forum 3.1", labels.get("plan-forum"));
		assertNull(labels.get("lo1"), "outcomes have no number");
	}

	@Test
	void movingAnActivityRenumbersTheOthers(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
		String unit = "unit u \"U\" { session s \"S\" { %s } }\n";
		String a = "activity a \"A\" { allow about 5 minutes } ";
		String b = "activity b \"B\" { allow about 5 minutes } ";
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", ModuleFixture.HEADER + unit.formatted(a + b));
		CourseModule first = fixture.load().model();
		assertEquals("Activity 1.2", labelOf(first, "b"));
		fixture.file("m.course", ModuleFixture.HEADER + unit.formatted(b + a));
		CourseModule second = fixture.load().model();
		assertEquals("Activity 1.1", labelOf(second, "b"));
		assertEquals("Activity 1.2", labelOf(second, "a"));
	}

	@Test
	void aUnitDeclaresItsNumberAndTheUnitsAfterItCountOn(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
		String text = ModuleFixture.HEADER + "unit third \"Third block\" numbered 3 { session s \"S\" {"
				+ " activity a \"A\" { allow about 5 minutes } } }\n"
				+ "unit fourth \"Fourth block\" { session t \"T\" { } }\n";
		CourseModule module = new ModuleFixture(folder).file("m.course", text).load().model();
		assertEquals("Unit 3", labelOf(module, "third"));
		assertEquals("Session 3.1", labelOf(module, "s"));
		assertEquals("Activity 3.1", labelOf(module, "a"));
		assertEquals("Unit 4", labelOf(module, "fourth"));
		assertEquals("Session 4.1", labelOf(module, "t"));
	}

	@Test
	void activitiesCanBeNumberedBySession(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder) {
		String text = "module T100 \"Test module\" { number activities by session }\n"
				+ "unit u \"U\" {\n"
				+ "	session s1 \"S1\" { activity a \"A\" { allow about 5 minutes } figure f \"F\" { description \"D\" } }\n"
				+ "	session s2 \"S2\" { activity b \"B\" { allow about 5 minutes }"
				+ " section x \"X\" { activity c \"C\" { allow about 5 minutes } } }\n"
				+ "}\n";
		CourseModule module = new ModuleFixture(folder).file("m.course", text).load().model();
		assertEquals("Activity 1.1.1", labelOf(module, "a"));
		assertEquals("Activity 1.2.1", labelOf(module, "b"));
		assertEquals("Activity 1.2.2", labelOf(module, "c"));
		assertEquals("Figure 1.1", labelOf(module, "f"), "other elements stay numbered by unit");
	}

	private static String labelOf(CourseModule module, String id) {
		Numbering numbering = Numbering.of(module);
		return module.allElements().filter(e -> id.equals(SimpleAttributeResolver.NAME_RESOLVER.apply(e)))
				.map(numbering::labelOf).findFirst().orElseThrow();
	}
}
