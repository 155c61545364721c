package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.NameOccurrences;
import org.coursewright.dsl.prose.ProseFeatures;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an id or key is written across a module's files: what Rename and Find References use. */
class NameOccurrencesTest {

	private static final ProseFeatures PROSE = CourseLanguage.get(ProseFeatures.class);

	@TempDir
	Path folder;

	private LoadedModule example() {
		return ExampleModule.copyInto(folder).load();
	}

	@Test
	void anOutcomeIsFoundWhereDeclaredAndWhereServedButNotInProseWords() {
		List<String> places = places(example(), "lo2");
		assertEquals(List.of("00-module.course:23:10 declared", "02-practices.course:34:11", "02-practices.course:81:11",
				"02-practices.course:97:11"), places);
	}

	@Test
	void anElementIdIsFoundInTheProseLinksToItButNotAsAWordOfProse() {
		// "dimensions-chart" is linked from an activity's instructions
		assertEquals(List.of("02-practices.course:20:10 declared", "02-practices.course:36:34"), places(example(), "dimensions-chart"));
	}

	@Test
	void aKeyIsFoundInItsEntryInCitationsAndInReadingsAndFigures() {
		assertEquals(List.of("02-practices.course:11:30", "02-practices.course:28:9", "02-practices.course:61:42",
				"bibliography.course:47:9 declared"),
				places(example(), "robinson2008"));
	}

	@Test
	void aNewNameMustBeAnIdNotTakenAlready() {
		var module = example().model();
		assertEquals(Optional.empty(), NameOccurrences.whyNotRename(module, "lo2", "lo-practice", PROSE));
		assertEquals(Optional.of("'2lo' is not an id: start with a letter, then letters, digits, - or _"),
				NameOccurrences.whyNotRename(module, "lo2", "2lo", PROSE));
		assertEquals(Optional.of("'lo1' is already the id or key of something else in the module"),
				NameOccurrences.whyNotRename(module, "lo2", "lo1", PROSE));
		assertEquals(Optional.of("nothing in the module is called 'lo9'"), NameOccurrences.whyNotRename(module, "lo9", "lo10", PROSE));
	}

	/** "file:line:column" of each occurrence, with "declared" for the declaration. */
	private static List<String> places(LoadedModule module, String name) {
		return NameOccurrences.of(module.model(), name, PROSE).stream().map(o -> {
			var root = module.resource(o.file()).orElseThrow().getParseResult().getRootNode();
			var line = NodeModelUtils.getLineAndColumn(root, o.offset());
			return o.file().getFileName() + ":" + line.getLine() + ":" + line.getColumn() + (o.declaration() ? " declared" : "");
		}).toList();
	}
}
