package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.ModuleSummary;
import org.junit.jupiter.api.Test;

/** The bundled example is what newcomers copy: it must stay clean and as large as promised. */
class ExampleModuleTest {

	@Test
	void validatesWithNoErrorsAndNoWarnings() {
		LoadedModule module = new ModuleFixture(ExampleModule.folder()).load();
		assertEquals(List.of(), module.problems());
	}

	@Test
	void hasTheSizeTheReadmePromises() {
		ModuleSummary summary = ModuleSummary.of(new ModuleFixture(ExampleModule.folder()).load().model());
		assertEquals(new ModuleSummary("EDL710", 3, 6, 10, 2, 6, 14, 680, 720), summary);
		assertEquals("EDL710: 3 units, 6 sessions, 10 activities, 2 forum prompts, 6 readings, 14 references;"
				+ " study time 11 h 20 min of 12 h declared", summary.describe());
	}
}
