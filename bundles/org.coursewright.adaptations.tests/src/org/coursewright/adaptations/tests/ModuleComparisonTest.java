package org.coursewright.adaptations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.adaptations.changes.ModuleChange;
import org.coursewright.adaptations.changes.ModuleComparison;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two versions of a module compared in its own terms, as release notes and tutors read them. */
class ModuleComparisonTest {

	private static final String VERSION_1 = ModuleFixture.HEADER + """
			unit first "First steps" {
				session one "Getting started" {
					"Welcome to the module."
					activity rank "Rank the dimensions" {
						allow about 20 minutes
						instructions \"""
							Rank the five dimensions by the effect you expect each to have.
						\"""
						response box small
					}
					forum talk "What is leadership?" {
						allow about 30 minutes
						question "What does leadership mean in your setting?"
					}
					box pause-for-thought think "Think about it" {
						"Who leads learning where you work?"
					}
				}
				session two "Going further" {
					"More to read."
				}
			}
			""";

	private static final String VERSION_2 = ModuleFixture.HEADER + """
			unit first "First steps" {
				session one "Getting started" {
					"Welcome to the module."
					activity rank "Rank the dimensions" {
						allow about 30 minutes
						instructions \"""
							Rank the five dimensions by the effect you expect each to have.
							Then compare your ranking with the chart. Note where you differ.
						\"""
						response box large
					}
				}
				session two "Going further" {
					"More to read, and more to do."
					forum talk "What is leadership?" {
						allow about 30 minutes
						question "What does leading learning mean in your setting?"
					}
					activity plan "Plan a change" {
						allow about 15 minutes
					}
				}
			}
			""";

	@TempDir
	Path folder;

	@Test
	void changesAreNamedAsLearnersSeeThemWithWhatChanged() {
		List<String> changes = ModuleComparison.of(module("v1", VERSION_1), module("v2", VERSION_2)).stream().map(ModuleChange::toString)
				.toList();
		assertEquals(List.of(
				"Activity 1.1 'Rank the dimensions': timing about 20 minutes \u2192 about 30 minutes; instructions changed (+2 sentences); response box small \u2192 large",
				"Session 1.2 'Going further': text 'More to read.' \u2192 'More to read, and more to do.'",
				"Forum 1.1 'What is leadership?' moved to Session 1.2 'Going further'; question 'What does leadership mean in your setting?'"
						+ " \u2192 'What does leading learning mean in your setting?'",
				"Activity 1.2 'Plan a change' added",
				"Box 1.1 'Think about it' removed",
				"Study time 50 min \u2192 1 h 15 min"), changes);
	}

	@Test
	void aModuleComparedWithItselfHasNoChanges() {
		assertEquals(List.of(), ModuleComparison.of(module("v1", VERSION_1), module("again", VERSION_1)));
	}

	private CourseModule module(String version, String text) {
		return new ModuleFixture(folder.resolve(version)).file("m.course", text).load().model();
	}
}
