package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code publish} renders the modules of a catalogue on all cores at once, and modules with the
 * same bibliography and style share its formatted references. Rendered together, in any order,
 * every module's site must be byte for byte the one it gets rendered alone.
 */
class ConcurrentRenderingTest {

	private static final List<String> STYLES = List.of("apa", "harvard-cite-them-right", "chicago-author-date", "modern-language-association");

	@TempDir
	Path folder;

	/** One module to render and the options to render it with. */
	private record Job(CourseModule module, PublishOptions options) {
	}

	@Test
	void modulesRenderedTogetherAreByteForByteAsRenderedAlone() throws Exception {
		List<Job> jobs = new ArrayList<>();
		for (int variant = 0; variant < 3; variant++) {
			CourseModule module = variant(variant);
			for (String style : STYLES) {
				jobs.add(new Job(module, new PublishOptions(folder.resolve("unused"), style, "https://lms.example.org/f/{id}")));
			}
		}
		List<Map<String, byte[]>> alone = new ArrayList<>();
		for (Job job : jobs) {
			alone.add(Publisher.render(job.module(), job.options()).all());
		}

		List<Integer> order = new ArrayList<>();
		for (int round = 0; round < 4; round++) {
			for (int i = 0; i < jobs.size(); i++) {
				order.add(i);
			}
		}
		Collections.shuffle(order, new Random(16));
		ExecutorService threads = Executors.newFixedThreadPool(8);
		try {
			List<Future<Map<String, byte[]>>> together = new ArrayList<>();
			for (int i : order) {
				together.add(threads.submit(() -> Publisher.render(jobs.get(i).module(), jobs.get(i).options()).all()));
			}
			for (int k = 0; k < order.size(); k++) {
				Map<String, byte[]> expected = alone.get(order.get(k));
				Map<String, byte[]> actual = together.get(k).get();
				assertEquals(expected.keySet(), actual.keySet());
				for (String page : expected.keySet()) {
					assertArrayEquals(expected.get(page), actual.get(page), () -> page + " of job " + order + " differs");
				}
			}
		} finally {
			threads.shutdownNow();
		}
	}

	/** The example, and copies of it with another code and words of their own, sharing its bibliography. */
	private CourseModule variant(int variant) throws Exception {
		if (variant == 0) {
			return new org.coursewright.dsl.tests.ModuleFixture(ExampleModule.folder()).load().model();
		}
		Path copy = folder.resolve("variant-" + variant);
		var fixture = ExampleModule.copyInto(copy);
		String header = Files.readString(copy.resolve("00-module.course"), StandardCharsets.UTF_8);
		fixture.file("00-module.course", header.replace("EDL710", "EDL71" + variant).replace("Leadership for learning",
				"Leadership for learning, version " + variant));
		String unit = Files.readString(copy.resolve("01-leading-and-learning.course"), StandardCharsets.UTF_8);
		fixture.file("01-leading-and-learning.course", unit.replace("Ask a group of teachers", "Ask " + (variant + 2) + " teachers"));
		return fixture.load().model();
	}
}
