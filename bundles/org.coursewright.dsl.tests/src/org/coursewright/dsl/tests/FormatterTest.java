package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.formatting2.FormattedText;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatterTest {

	@TempDir
	Path folder;

	private String format(String text) {
		CourseFile file = new ModuleFixture(folder).file("m.course", text).parsed("m.course");
		return CourseLanguage.get(FormattedText.class).of((XtextResource) file.eResource());
	}

	@Test
	void laysOutCrampedTextOneClausePerLine() {
		String cramped = """
				module X1 "T" { level 7 study hours 1
				outcome lo1 "O"  }
				unit u1 "U" { session s1 "S" {   activity a1 "A" { type productive allow about 60 minutes serves lo1 ,lo1 response box
				   discussion \"\"\"
				       Text here,
				         kept relative.
				   \"\"\" }
				reading r1 from k1 pages 3-5 { required allow about 5 minutes }
				}}
				book k1 { author "A, B" , "C, D" year 2000 title "T" }
				""";
		String expected = """
				module X1 "T" {
					level 7
					study hours 1
					outcome lo1 "O"
				}

				unit u1 "U" {
					session s1 "S" {
						activity a1 "A" {
							type productive
							allow about 60 minutes
							serves lo1, lo1
							response box
							discussion \"\"\"
								Text here,
								  kept relative.
							\"\"\"
						}
						reading r1 from k1 pages 3-5 {
							required
							allow about 5 minutes
						}
					}
				}

				book k1 {
					author "A, B", "C, D"
					year 2000
					title "T"
				}
				""";
		assertEquals(expected, format(cramped));
	}

	@Test
	void keepsCommentsAndOneBlankLineBetweenElements() {
		String text = """
				// The header.
				module X1 "T" {
					outcome lo1 "O"
				}

				unit u1 "U" {
					session s1 "S" {
						"First."


						// A comment about the second.
						"Second."
					}
				}
				""";
		assertEquals(text.replace("\n\n\n\t\t// A", "\n\n\t\t// A"), format(text));
	}

	@Test
	void theExampleModuleIsAlreadyFormatted() throws Exception {
		ModuleFixture fixture = ExampleModule.copyInto(folder);
		for (String name : ExampleModule.COURSE_FILES) {
			String text = Files.readString(folder.resolve(name));
			XtextResource resource = (XtextResource) fixture.parsed(name).eResource();
			assertEquals(text, CourseLanguage.get(FormattedText.class).of(resource), name);
		}
	}

	@Test
	void laysOutNumberingWordRangesAndKeywordIds() {
		String cramped = """
				module X1 "T" { level 7   number activities  by session }
				unit assessment "U"   numbered 3 { session note "S" { forum type "F" { post 300 -400 words reply to at  least 2 peers } } }
				""";
		String expected = """
				module X1 "T" {
					level 7
					number activities by session
				}

				unit assessment "U" numbered 3 {
					session note "S" {
						forum type "F" {
							post 300-400 words
							reply to at least 2 peers
						}
					}
				}
				""";
		assertEquals(expected, format(cramped));
	}
}
