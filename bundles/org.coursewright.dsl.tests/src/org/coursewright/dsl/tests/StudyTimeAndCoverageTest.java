package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.OutcomeCoverage;
import org.coursewright.dsl.studytime.StudyTimeBreakdown;
import org.coursewright.dsl.studytime.StudyTimeRow;
import org.junit.jupiter.api.Test;

/** The figures the workbench's Study Time and Outcome Coverage views show, for the example. */
class StudyTimeAndCoverageTest {

	private final CourseModule example = new ModuleFixture(ExampleModule.folder()).load().model();

	@Test
	void studyTimeIsSplitPerUnitSessionAndKindOfWork() {
		StudyTimeBreakdown breakdown = StudyTimeBreakdown.of(example);
		assertEquals(680, breakdown.totalMinutes());
		assertEquals(720, breakdown.declaredMinutes());
		assertFalse(breakdown.isOver());
		StudyTimeRow unit2 = breakdown.units().get(1);
		assertEquals("Unit 2 Leadership practices that make a difference", unit2.label());
		assertEquals(95, unit2.activityMinutes());
		assertEquals(120, unit2.readingMinutes());
		StudyTimeRow session = unit2.children().get(0);
		assertEquals(List.of("Reading 2 50", "Activity 2.1 Rank the dimensions 20"),
				session.children().stream().map(r -> r.label() + " " + r.totalMinutes()).toList());
	}

	@Test
	void everyOutcomeListsWhatServesIt() {
		Map<String, List<String>> coverage = new LinkedHashMap<>();
		OutcomeCoverage.of(example).forEach((outcome, served) -> coverage.put(outcome.getName(), served));
		assertEquals(List.of("Activity 1.1", "Activity 1.2", "Activity 1.3", "Forum 1.1"), coverage.get("lo1"));
		assertEquals(List.of("Activity 3.2", "Activity 3.3", "Forum 3.1"), coverage.get("lo4"));
	}
}
