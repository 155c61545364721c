package org.coursewright.spelling.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.spelling.ModuleSpelling;
import org.coursewright.spelling.WordList;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example module, as a new designer first sees it, has no word marked as misspelt. */
class ExampleSpellingTest {

	@TempDir
	Path folder;

	@Test
	void theExampleIsSpeltRightWithItsWordList() {
		LoadedModule module = ExampleModule.copyInto(folder).load();
		ModuleSpelling spelling = ModuleSpelling.of(module.model().header().map(h -> h.getLanguage()).orElse(null),
				WordList.of(folder)).orElseThrow();
		List<String> misspelt = new ArrayList<>();
		for (String name : ExampleModule.COURSE_FILES) {
			XtextResource resource = module.resource(folder.resolve(name)).orElseThrow();
			spelling.check(resource).forEach(m -> misspelt.add(name + ":"
					+ NodeModelUtils.getLineAndColumn(resource.getParseResult().getRootNode(), m.offset()).getLine() + " " + m.word()));
		}
		assertEquals(List.of(), misspelt);
	}
}
