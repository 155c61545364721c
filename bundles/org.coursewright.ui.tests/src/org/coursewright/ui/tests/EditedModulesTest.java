package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.ui.editor.EditedModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor checks a file once per pause in typing and shares the result; a file of the
 * same module saved meanwhile must still count, or the editor would keep showing old problems.
 */
class EditedModulesTest {

	@TempDir
	Path folder;

	@Test
	void anotherFileSavedMeanwhileIsTakenIntoAccount() throws Exception {
		ExampleModule.copyInto(folder);
		Path practices = folder.resolve("02-practices.course");
		String text = Files.readString(practices);
		LoadedModule first = EditedModules.load(practices, text);
		assertEquals(List.of(), first.problems());
		assertSame(first, EditedModules.load(practices, text), "the same text with nothing else changed is not loaded again");

		Path bibliography = folder.resolve("bibliography.course");
		Files.writeString(bibliography, Files.readString(bibliography).replace("report day2010 {", "report day2011 {"));

		assertEquals(List.of("52:29 unknown-citation No bibliography entry has the key 'day2010'. Add it to the bibliography or check"
				+ " the spelling."), EditedModules.load(practices, text).problems().stream()
						.map(p -> p.line() + ":" + p.column() + " " + p.code() + " " + p.message()).toList());
	}
}
