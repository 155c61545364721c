package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.ModuleIndex;
import org.coursewright.dsl.prose.ProseFeatures;
import org.coursewright.dsl.validation.IssueCodes;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is worked out from the whole module (ids, citations, served outcomes, the names links
 * resolve to) is worked out once and shared by the checks of all its files, and worked out
 * again as soon as any file of the module is parsed again.
 */
class ModuleWideChecksTest {

	@TempDir
	Path folder;

	private static final String UNIT = """
			unit u "U" {
				session s "S" {
					activity a "A" {
						allow about 60 minutes
						serves %s
					}
				}
			}
			""";

	private LoadedModule twoOutcomesOneServed() {
		return new ModuleFixture(folder)
				.file("a.course", """
						module T100 "Test module" {
							outcome lo1 "One."
							outcome lo2 "Two."
						}
						""")
				.file("b.course", UNIT.formatted("lo1"))
				.load();
	}

	@Test
	void theChecksOfAllFilesShareOneModuleAndOneIndex() {
		LoadedModule module = twoOutcomesOneServed();
		XtextResource header = module.resource(folder.resolve("a.course")).orElseThrow();
		XtextResource unit = module.resource(folder.resolve("b.course")).orElseThrow();
		assertSame(CourseModule.of(header), CourseModule.of(unit));
		ProseFeatures prose = CourseLanguage.get(ProseFeatures.class);
		assertSame(ModuleIndex.of(CourseModule.of(header), prose), ModuleIndex.of(CourseModule.of(unit), prose));
	}

	@Test
	void afterAnotherFileIsParsedAgainAFileIsCheckedAgainstTheModuleAsItNowIs() throws Exception {
		LoadedModule module = twoOutcomesOneServed();
		XtextResource header = module.resource(folder.resolve("a.course")).orElseThrow();
		XtextResource unit = module.resource(folder.resolve("b.course")).orElseThrow();
		CourseModule before = CourseModule.of(header);
		assertEquals(List.of("3:10 No activity or forum prompt serves learning outcome 'lo2'. Add 'serves lo2' to the activities that develop it."),
				outcomeWarnings(header));

		unit.reparse(UNIT.formatted("lo2")); // as an editor does after a keystroke

		assertNotSame(before, CourseModule.of(header));
		assertEquals(List.of("2:10 No activity or forum prompt serves learning outcome 'lo1'. Add 'serves lo1' to the activities that develop it."),
				outcomeWarnings(header));
	}

	private static List<String> outcomeWarnings(XtextResource resource) {
		List<Issue> issues = CourseLanguage.get(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		return issues.stream().filter(i -> IssueCodes.OUTCOME_NOT_SERVED.equals(i.getCode()))
				.map(i -> i.getLineNumber() + ":" + i.getColumn() + " " + i.getMessage()).toList();
	}
}
