package org.coursewright.adaptations.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.adaptations.changes.ModuleChange;
import org.coursewright.adaptations.changes.ModuleComparison;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.tests.CourseLanguage;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tutor's adaptation made against version 1 of a module, carried through versions 2 and 3
 * as the module team releases them: what is reported at each step, and the adapted pages.
 */
class AdaptationScenarioTest {

	private static final String VERSION_1 = """
			module T100 "Test module" {
				outcome lo1 "Explain the idea."
				outcome lo2 "Apply the idea."
			}
			unit first "First steps" {
				session one "Getting started" {
					"Welcome."
					activity rank "Rank the dimensions" {
						allow about 20 minutes
						serves lo1
						instructions "Rank the five dimensions by the effect you expect each to have."
						response box small
					}
					forum talk "What is leadership?" {
						allow about 30 minutes
						question "What does leadership mean in your setting?"
						post about 200 words
						serves lo2
					}
					reading intro from smith2020 {
						allow about 15 minutes
					}
					box pause-for-thought think "Think about it" {
						"Who leads learning where you work? See [@smith2020]."
					}
				}
				session two "Going further" {
					activity plan "Plan a change" {
						allow about 15 minutes
						serves lo2
						instructions "Plan one change."
					}
				}
			}
			book smith2020 {
				author "Smith, Ann"
				year 2020
				title "Leading learning"
				publisher "Open Press"
			}
			""";

	/** Upstream edits the tutor's instructions and, untouched by the tutor, a response box and a timing; the forum moves. */
	private static final String VERSION_2 = VERSION_1
			.replace("instructions \"Rank the five dimensions by the effect you expect each to have.\"",
					"instructions \"Rank all five dimensions by the effect you expect each one to have.\"")
			.replace("response box small", "response box large")
			.replace("activity plan \"Plan a change\" {\n\t\t\tallow about 15 minutes",
					"activity plan \"Plan a change\" {\n\t\t\tallow about 25 minutes")
			.replace("""
							forum talk "What is leadership?" {
								allow about 30 minutes
								question "What does leadership mean in your setting?"
								post about 200 words
								serves lo2
							}
					""", "")
			.replace("""
						session two "Going further" {
					""", """
						session two "Going further" {
							forum talk "What is leadership?" {
								allow about 30 minutes
								question "What does leadership mean in your setting?"
								post about 200 words
								serves lo2
							}
					""");

	/** Upstream removes the activity the tutor changed, the one an addition is placed by, and the hidden box. */
	private static final String VERSION_3 = """
			module T100 "Test module" {
				outcome lo1 "Explain the idea."
				outcome lo2 "Apply the idea."
			}
			unit first "First steps" {
				session one "Getting started" {
					"Welcome, and read [@smith2020]."
					reading intro from smith2020 {
						allow about 15 minutes
					}
				}
				session two "Going further" {
					forum talk "What is leadership?" {
						allow about 30 minutes
						question "What does leadership mean in your setting?"
						post about 200 words
						serves lo1, lo2
					}
				}
			}
			book smith2020 {
				author "Smith, Ann"
				year 2020
				title "Leading learning"
				publisher "Open Press"
			}
			""";

	private static final String ADAPTATION = """
			adaptation for cohort spring "the spring cohort" {
				module "../module"
			}

			change rank {
				allow about 40 minutes
				instructions "Rank the five dimensions with a partner."
			}

			change talk {
				post by "12 March"
			}

			hide think

			add after plan {
				activity local "Local task" {
					allow about 10 minutes
					serves lo2
					instructions "Read the local plan [@local2026]."
				}
			}

			report local2026 {
				author "Leeds Learning Partnership"
				year 2026
				title "Improvement plan"
			}
			""";

	@TempDir
	Path folder;

	@Test
	void version1AcceptedHasNothingToReportAndPublishesTheAdaptedModule() throws Exception {
		release(VERSION_1);
		assertEquals(List.of("Accepted: rank, talk, think, plan"), accept());
		assertEquals(List.of(), report());

		LoadedModule adapted = AdaptedModules.applied(load());
		Document home = page(adapted, "index.html");
		assertEquals("This version is adapted for the spring cohort.", home.selectFirst("p.cohort").text());
		assertEquals("Total 1 hour 50 minutes", home.selectFirst("table.study-time tfoot tr").text());
		Document one = page(adapted, "session-1-1.html");
		assertEquals("Rank the five dimensions with a partner.", one.selectFirst("#rank > .prose").text());
		assertEquals("Allow about 40 minutes", one.selectFirst("#rank .timing").text().replace("Timing: ", ""));
		assertEquals("Post by 12 March.", one.select("#talk .expectations li").get(1).text());
		assertTrue(one.select("#think").isEmpty(), "the hidden box is not on the page");
		Document two = page(adapted, "session-1-2.html");
		assertEquals(List.of("Activity 1.2 Plan a change", "Activity 1.3 Local task"), two.select("section.activity h2").eachText());
		assertEquals("Read the local plan (Leeds Learning Partnership, 2026).", two.selectFirst("#local > .prose").text());
	}

	@Test
	void version2KeepsTheTutorsValuesTakesUntouchedOnesAndWarnsOfTheChangeUnderTheTutors() throws Exception {
		release(VERSION_1);
		accept();
		release(VERSION_2);

		assertEquals(List.of("cohort/spring.adaptation:7:15: warning: [adaptation-upstream-changed] Activity 1.1 'Rank the dimensions':"
				+ " the module changed its instructions since you accepted it; yours is kept. Base: \u201cRank the five dimensions by"
				+ " the effect you expect each to have.\u201d. Module now: \u201cRank all five dimensions by the effect you expect each"
				+ " one to have.\u201d. Yours: \u201cRank the five dimensions with a partner.\u201d. The module's change: Rank [-the-]"
				+ " {+all+} five dimensions by the effect you expect each {+one+} to have."), report());

		LoadedModule adapted = AdaptedModules.applied(load());
		Document one = page(adapted, "session-1-1.html");
		assertEquals("Rank the five dimensions with a partner.", one.selectFirst("#rank > .prose").text());
		assertEquals("12", one.selectFirst("#rank textarea").attr("rows"), "the module's new large response box is taken");
		Document two = page(adapted, "session-1-2.html");
		assertEquals("Post by 12 March.", two.select("#talk .expectations li").get(1).text(), "the change follows the moved forum");
		assertEquals("Allow about 25 minutes", two.selectFirst("#plan .timing").text().replace("Timing: ", ""));
	}

	@Test
	void acceptingAfterLookingSilencesTheWarningUntilTheModuleChangesAgain() throws Exception {
		release(VERSION_1);
		accept();
		release(VERSION_2);
		assertEquals(List.of("Accepted: rank"), accept("rank"));
		assertEquals(List.of(), report());
		assertTrue(Files.readString(folder.resolve("cohort/spring.adaptation.lock"))
				.contains("\"instructions\": \"Rank all five dimensions by the effect you expect each one to have.\""));
	}

	@Test
	void version3SaysWhatIsLostAndWhereTheAdditionWouldHaveGone() throws Exception {
		release(VERSION_1);
		accept();
		release(VERSION_3);

		assertEquals(List.of(
				"cohort/spring.adaptation:5:8: error: [adaptation-target-gone] 'rank' is no longer in the module (it was Activity 1.1"
						+ " 'Rank the dimensions' in Session 1.1 'Getting started'): your change of its timing and instructions is lost.",
				"cohort/spring.adaptation:14:6: warning: [adaptation-target-gone] 'think' is no longer in the module (it was Box 1.1"
						+ " 'Think about it' in Session 1.1 'Getting started'), so there is nothing to hide. Take this line out.",
				"cohort/spring.adaptation:16:11: error: [adaptation-target-gone] 'plan' is no longer in the module (it was Activity 1.2"
						+ " 'Plan a change' in Session 1.2 'Going further'): what you add after it (Activity 'local') has no place."
						+ " Add it after or before another element."), report());
		assertTrue(AdaptedModules.applied(load()).hasErrors(), "an adaptation that lost something is not published");
	}

	@Test
	void theModuleTeamsReleaseNotesBetweenTheVersions() throws Exception {
		assertEquals(List.of(
				"Activity 1.1 'Rank the dimensions': instructions changed; response box small \u2192 large",
				"Forum 1.1 'What is leadership?' moved to Session 1.2 'Going further'",
				"Activity 1.2 'Plan a change': timing about 15 minutes \u2192 about 25 minutes",
				"Study time 1 h 20 min \u2192 1 h 30 min"), changes(VERSION_1, VERSION_2));
		assertEquals(List.of(
				"Session 1.1 'Getting started': text 'Welcome.' \u2192 'Welcome, and read [@smith2020].'",
				"Forum 1.1 'What is leadership?': serves lo2 \u2192 lo1, lo2",
				// named as learners saw them in version 2
				"Activity 1.1 'Rank the dimensions' removed",
				"Box 1.1 'Think about it' removed",
				"Activity 1.2 'Plan a change' removed",
				"Study time 1 h 30 min \u2192 45 min"), changes(VERSION_2, VERSION_3));
	}

	private List<String> changes(String older, String newer) throws IOException {
		write("old/m.course", older);
		write("new/m.course", newer);
		return ModuleComparison.of(new ModuleFixture(folder.resolve("old")).load().model(),
				new ModuleFixture(folder.resolve("new")).load().model()).stream().map(ModuleChange::toString).toList();
	}

	@Test
	void anIdTheModuleNeverHadIsAPlainUnknownId() throws Exception {
		release(VERSION_1);
		write("cohort/spring.adaptation", ADAPTATION.replace("change talk {", "change tlak {"));
		assertEquals(List.of("cohort/spring.adaptation:10:8: error: [unknown-target] The adapted module has no element with the id 'tlak'."),
				load().problems().stream().filter(p -> p.isError()).map(p -> p.format(folder)).toList());
	}

	@Test
	void anAddedIdMayNotClashWithTheModulesAndFieldsMustFitTheElement() throws Exception {
		release(VERSION_1);
		write("cohort/spring.adaptation", ADAPTATION.replace("activity local \"Local task\"", "activity rank \"Local task\"")
				.replace("post by \"12 March\"", "instructions \"Talk.\""));
		assertEquals(List.of(
				// the adaptation's own 'rank' now stands in the way of the module's
				"cohort/spring.adaptation:5:8: error: [adaptation-target] 'rank' is added by this adaptation: write its final text"
						+ " where it is added.",
				"cohort/spring.adaptation:11:15: error: [adaptation-field] A forum prompt has no instructions: the fields of a forum"
						+ " prompt are timing, question, guidance, expected length, replies, post-by date, serves.",
				"cohort/spring.adaptation:17:11: error: [duplicate-id] The id 'rank' is used more than once in this module (also at"
						+ " m.course:8). Ids must be unique: links, citations and tutors' adaptations refer to them."),
				load().problems().stream().filter(p -> p.isError()).map(p -> p.format(folder)).toList());
	}

	@Test
	void anAdaptationFileAloneIsTheAdaptationItChecksAndTheModuleStaysAsItWas() throws Exception {
		release(VERSION_1);
		accept();
		AdaptedModules.applied(load());
		assertEquals(VERSION_1, Files.readString(folder.resolve("module/m.course")), "applying never writes into the module");
		assertFalse(Files.exists(folder.resolve("module/site")));
	}

	private void release(String version) throws IOException {
		write("module/m.course", version);
		if (!Files.exists(folder.resolve("cohort/spring.adaptation"))) {
			write("cohort/spring.adaptation", ADAPTATION);
		}
	}

	private void write(String name, String text) throws IOException {
		new ModuleFixture(folder).file(name, text);
	}

	private LoadedModule load() {
		try {
			return CourseLanguage.get(ModuleLoader.class).load(List.of(folder.resolve("cohort/spring.adaptation"))).get(0);
		} catch (ModuleLoader.BadPathException e) {
			throw new AssertionError(e);
		}
	}

	private List<String> accept(String... ids) throws IOException {
		return List.of("Accepted: " + String.join(", ", AdaptedModules.accept(load(), Set.of(ids)).ids()));
	}

	/** What validating the adaptation prints. */
	private List<String> report() {
		return AdaptedModules.applied(load()).problems().stream().map(p -> p.format(folder)).toList();
	}

	private static Document page(LoadedModule adapted, String name) throws Exception {
		byte[] html = Publisher.render(adapted.model(), new PublishOptions(null, null, null, null)).all().get(name);
		return Jsoup.parse(new String(html, StandardCharsets.UTF_8));
	}
}
