package org.coursewright.ui.wizards;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The files a new course project starts with: a module header, one unit with a session and an
 * activity, and a bibliography entry the prose cites. It validates with no errors and no
 * warnings, so every problem a designer sees later is one they made.
 */
public final class StarterModule {

	private StarterModule() {
	}

	public static Map<String, String> files(String code, String title) {
		String quoted = title.replace("\\", "\\\\").replace("\"", "\\\"");
		Map<String, String> files = new LinkedHashMap<>();
		files.put("00-module.course", """
				// The module header. Files are read in name order: 01-… is unit 1, 02-… unit 2.
				module %s "%s" {
					study hours 1
					language "en-GB"
					description \"""
						Say in a few sentences what learners will get from this module.

						**What to do next** (then replace this list with your description):

						1. Write the first session in `01-first-unit.course`. Add units with File › New › Unit File.
						2. In prose, type `@` to cite your bibliography and `[[` to link to an activity or figure.
						3. Save: the Problems view lists anything to fix, and the Preview shows the page learners see.
						4. When the module is ready, File › Export › Course Site or Course Pack.
					\"""

					outcome lo1 "Describe what this module is about."
				}
				""".formatted(code, quoted));
		files.put("01-first-unit.course", """
				unit first-unit "First unit" {

					session first-session "First session" {
						\"""
						Start writing here, in Markdown. Cite your sources like this [@example2024, p. 12],
						and link to other parts of the module like this: [[first-activity]].
						\"""

						activity first-activity "A first activity" {
							type productive
							allow about 1 hour
							serves lo1
							instructions \"""
								Say what the learner does, and what they should produce.
							\"""
							response box medium
						}
					}
				}
				""");
		files.put("bibliography.course", """
				// Bibliography entries; names are written "Family, Given".
				book example2024 {
					author "Writer, Ann"
					year 2024
					title "An example book to replace with a real one"
					publisher "Example Press"
				}
				""");
		return files;
	}
}
