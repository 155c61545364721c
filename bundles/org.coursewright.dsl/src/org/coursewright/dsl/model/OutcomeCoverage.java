package org.coursewright.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Outcome;

/** Each learning outcome with the activities and forum prompts that serve it, by their numbers. */
public final class OutcomeCoverage {

	private OutcomeCoverage() {
	}

	public static Map<Outcome, List<String>> of(CourseModule module) {
		Numbering numbering = Numbering.of(module);
		Map<Outcome, List<String>> coverage = new LinkedHashMap<>();
		module.outcomes().forEach(outcome -> coverage.put(outcome, new ArrayList<>()));
		module.allElements().forEach(element -> {
			List<Outcome> served = element instanceof Activity a ? a.getServes() : element instanceof ForumPrompt f ? f.getServes() : List.of();
			for (Outcome outcome : served) {
				if (coverage.containsKey(outcome)) {
					coverage.get(outcome).add(numbering.labelOf(element));
				}
			}
		});
		return coverage;
	}
}
