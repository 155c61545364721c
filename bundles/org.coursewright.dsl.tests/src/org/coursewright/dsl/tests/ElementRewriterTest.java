package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import org.coursewright.dsl.course.ActivityType;
import org.coursewright.dsl.course.BoxSize;
import org.coursewright.dsl.course.CourseFactory;
import org.coursewright.dsl.course.CoursePackage;
import org.coursewright.dsl.course.Duration;
import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.course.ResponseBox;
import org.coursewright.dsl.course.Timing;
import org.coursewright.dsl.editing.EditableElements;
import org.coursewright.dsl.editing.ElementRewriter;
import org.coursewright.dsl.editing.TextChange;
import org.coursewright.dsl.loading.LoadedModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change made to an element through the model reaches the text as the author would have typed it. */
class ElementRewriterTest {

	private static final String FILE = "01-leading-and-learning.course";

	@TempDir
	Path folder;

	@Test
	void aNewTitleChangesOnlyTheTitle() throws Exception {
		String before = example();
		String after = rewrite("activity first-thoughts", CoursePackage.Literals.ACTIVITY__TITLE, element -> "Before you start");
		assertEquals(before.replace("activity first-thoughts \"Your first thoughts\" {",
				"activity first-thoughts \"Before you start\" {"), after);
	}

	@Test
	void anOutcomeTickedIsAddedToServes() throws Exception {
		String before = example();
		String after = rewrite("activity first-thoughts", CoursePackage.Literals.ACTIVITY__SERVES,
				element -> List.of(outcome(element, "lo1"), outcome(element, "lo3")));
		assertEquals(before.replace("\t\t\tallow about 15 minutes\n\t\t\tserves lo1\n",
				"\t\t\tallow about 15 minutes\n\t\t\tserves lo1, lo3\n"), after);
	}

	@Test
	void theLastOutcomeUntickedTakesTheServesLineAway() throws Exception {
		String before = example();
		String after = rewrite("activity first-thoughts", CoursePackage.Literals.ACTIVITY__SERVES, element -> List.of());
		assertEquals(before.replace("\t\t\tallow about 15 minutes\n\t\t\tserves lo1\n", "\t\t\tallow about 15 minutes\n"), after);
	}

	@Test
	void aTimingAddedGetsALineOfItsOwnAtTheElementsIndentation() throws Exception {
		String before = example();
		String after = rewrite("activity leading-map", CoursePackage.Literals.ACTIVITY__TIMING, element -> null);
		assertEquals(before.replace("\t\t\tallow about 30 minutes\n\t\t\tserves lo3\n", "\t\t\tserves lo3\n"), after);
		String restored = rewrite(after, "activity leading-map", CoursePackage.Literals.ACTIVITY__TIMING, element -> {
			Timing timing = CourseFactory.eINSTANCE.createTiming();
			timing.setAbout(true);
			Duration duration = CourseFactory.eINSTANCE.createDuration();
			duration.setMinutes(25);
			timing.setDuration(duration);
			return timing;
		});
		assertEquals(before.replace("activity leading-map \"Map who leads what\" {\n\t\t\ttype productive\n\t\t\tallow about 30 minutes",
				"activity leading-map \"Map who leads what\" {\n\t\t\ttype productive\n\t\t\tallow about 25 minutes"), restored);
	}

	@Test
	void aResponseBoxSizeIsChangedInPlace() throws Exception {
		String before = example();
		String after = rewrite("activity first-thoughts", CoursePackage.Literals.ACTIVITY__RESPONSE, element -> {
			ResponseBox box = CourseFactory.eINSTANCE.createResponseBox();
			box.setSize(BoxSize.LARGE);
			return box;
		});
		assertEquals(before.replaceFirst("response box medium", "response box large"), after);
	}

	@Test
	void theDefaultWordOfAChoiceIsWrittenWhenChosen() throws Exception {
		String before = example();
		String after = rewrite("activity first-thoughts", CoursePackage.Literals.ACTIVITY__TYPE, element -> ActivityType.ASSIMILATIVE);
		assertEquals(before.replaceFirst("\t\t\ttype productive\n", "\t\t\ttype assimilative\n"), after);
	}

	@Test
	void aMediaFileChangeKeepsTheAuthorsComment() throws Exception {
		String before = example();
		String after = rewrite("video federation-film", CoursePackage.Literals.MEDIA__FILE, element -> "media/federation-2026.mp4");
		assertEquals(before.replace("file \"media/federation.mp4\"", "file \"media/federation-2026.mp4\""), after);
	}

	private String example() throws Exception {
		ExampleModule.copyInto(folder);
		return Files.readString(folder.resolve(FILE));
	}

	private String rewrite(String at, EStructuralFeature feature, Function<EObject, Object> value) throws Exception {
		return rewrite(Files.readString(folder.resolve(FILE)), at, feature, value);
	}

	/** Loads the module with the file's text, changes the element at the text 'at', and applies the rewriter's change. */
	private String rewrite(String text, String at, EStructuralFeature feature, Function<EObject, Object> value) throws Exception {
		LoadedModule module = CourseLanguage.get(org.coursewright.dsl.loading.ModuleLoader.class).loadEdited(folder.resolve(FILE), text);
		XtextResource resource = module.resource(folder.resolve(FILE)).orElseThrow();
		EObject element = EditableElements.at(resource, text.indexOf(at)).orElseThrow();
		TextChange edit = CourseLanguage.get(ElementRewriter.class).rewrite(resource, element, feature, value.apply(element)).orElseThrow();
		return edit.applyTo(text);
	}

	private static Outcome outcome(EObject anywhere, String id) {
		return anywhere.eResource().getResourceSet().getResources().stream()
				.flatMap(resource -> org.eclipse.xtext.EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), Outcome.class).stream())
				.filter(outcome -> id.equals(outcome.getName())).findFirst().orElseThrow();
	}
}
