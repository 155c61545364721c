package org.coursewright.dsl.ide.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coursewright.dsl.ide.CourseIdeSetup;
import org.coursewright.dsl.loading.ModuleLoader;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.inject.Injector;

/** What semantic highlighting colours, as "line:column text style", in the order of the file. */
class SemanticHighlightingTest {

	private static Injector injector;

	@TempDir
	Path folder;

	@BeforeAll
	static void language() {
		org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.ERROR);
		injector = new CourseIdeSetup().createInjectorAndDoEMFRegistration();
	}

	private List<String> highlighted(String text) throws Exception {
		Path file = folder.resolve("01-unit.course");
		Files.writeString(file, text);
		XtextResource resource = injector.getInstance(ModuleLoader.class).loadEdited(file, text).resource(file).orElseThrow();
		List<String> found = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource, (offset, length, styles) -> {
			int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
			int column = offset - text.lastIndexOf('\n', offset - 1);
			found.add(line + ":" + column + " " + text.substring(offset, offset + length) + " " + String.join(",", styles));
		}, CancelIndicator.NullImpl);
		found.sort((a, b) -> Integer.compare(position(a), position(b)));
		return found;
	}

	private static int position(String entry) {
		String[] place = entry.substring(0, entry.indexOf(' ')).split(":");
		return Integer.parseInt(place[0]) * 1000 + Integer.parseInt(place[1]);
	}

	@Test
	void declarationsReferencesCitationsAndCrossReferencesAreTold() throws Exception {
		String text = """
				module T100 "Test module" {
					outcome lo1 "An outcome."
				}
				unit u1 "First" {
					session s1 "Opening" {
						\"""
						As [@day2010, p. 4] and @hallinger2003 show,
						try [[ act1 ]] next.
						\"""
						activity act1 "Try it" {
							serves lo1
						}
						reading r1 from day2010
					}
				}
				book day2010 { title "Ten strong claims" }
				book hallinger2003 { title "Leading educational change" }
				""";
		assertEquals(List.of(
				"2:10 lo1 definition",
				"4:6 u1 definition",
				"5:10 s1 definition",
				"7:7 @day2010 citation",
				"7:27 @hallinger2003 citation",
				"8:10 act1 crossReference",
				"10:12 act1 definition",
				"11:11 lo1 reference",
				"13:11 r1 definition",
				"13:19 day2010 reference",
				"16:6 day2010 definition",
				"17:6 hallinger2003 definition"), highlighted(text));
	}

	@Test
	void everyIdOfAListIsColoured() throws Exception {
		String text = """
				module T100 "Test module" {
					outcome lo1 "One."
					outcome lo3 "Three."
				}
				unit u1 "First" {
					session s1 "Opening" {
						activity act1 "Try it" {
							serves lo1, lo3
						}
					}
				}
				""";
		assertEquals(List.of("2:10 lo1 definition", "3:10 lo3 definition", "5:6 u1 definition", "6:10 s1 definition",
				"7:12 act1 definition", "8:11 lo1 reference", "8:16 lo3 reference"), highlighted(text));
	}

	@Test
	void aTextTheParserCannotFinishStillColoursWhatItKnows() throws Exception {
		String text = """
				unit u1 "First" {
					session s1 "Opening" {
						activity act1 "Try it" {
							serves
				""";
		assertEquals(List.of("1:6 u1 definition", "2:10 s1 definition", "3:12 act1 definition"), highlighted(text));
	}
}
