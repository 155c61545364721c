package org.coursewright.dsl.validation;

import static org.coursewright.dsl.course.CoursePackage.Literals.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Adaptation;
import org.coursewright.dsl.course.Addition;
import org.coursewright.dsl.course.Box;
import org.coursewright.dsl.course.Change;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Hide;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Section;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Checks of a tutor's adaptation: that it names a module kept apart from it, and that each
 * change, hidden element and addition names an element of that module it can apply to.
 */
public class AdaptationRules extends CourseRules {

	/** The fields of a change that an activity has. */
	private static final List<EStructuralFeature> ACTIVITY_FIELDS = List.of(CHANGE__TIMING, CHANGE__INSTRUCTIONS,
			CHANGE__RESPONSE, CHANGE__REVEAL, CHANGE__TUTOR_NOTE, CHANGE__SERVES);
	/** The fields of a change that a forum prompt has. */
	private static final List<EStructuralFeature> FORUM_FIELDS = List.of(CHANGE__TIMING, CHANGE__QUESTION, CHANGE__GUIDANCE,
			CHANGE__EXPECTED_WORDS, CHANGE__FEWEST_WORDS, CHANGE__EXPECTED_REPLIES, CHANGE__POST_BY, CHANGE__SERVES);

	@Check
	public void adaptationIsInItsOwnKindOfFile(CourseFile file) {
		boolean adaptationFile = file.eResource() != null && CourseModule.isAdaptation(file.eResource().getURI());
		if (file.getAdaptation() != null && !adaptationFile) {
			error("An adaptation is written in a file of its own, ending in .adaptation, kept apart from the module.",
					file.getAdaptation(), null, IssueCodes.ADAPTATION_FILE);
		} else if (adaptationFile && file.getAdaptation() == null) {
			error("An adaptation file starts with: adaptation for cohort ID \"Title\" { module \"../module-folder\" }",
					file, null, IssueCodes.ADAPTATION_FILE);
		}
	}

	@Check
	public void moduleIsThereAndApart(Adaptation adaptation) {
		if (adaptation.eResource() == null || !adaptation.eResource().getURI().isFile()) {
			return;
		}
		Path own = Path.of(adaptation.eResource().getURI().toFileString()).getParent();
		Path module = CourseModule.adaptedFolder(adaptation.eResource()).map(uri -> Path.of(uri.toFileString())).orElse(own);
		if (module.equals(own)) {
			error("An adaptation is kept apart from the module it adapts: put it in a folder of its own and name the module's"
					+ " folder, for example module \"../" + (module.getFileName() == null ? "module" : module.getFileName()) + "\".",
					adaptation, ADAPTATION__MODULE, IssueCodes.ADAPTATION_MODULE);
		} else if (!hasCourseFiles(module)) {
			error("There is no module in '" + adaptation.getModule() + "' (" + module + "): name the folder of the module's"
					+ " .course files, relative to this file.", adaptation, ADAPTATION__MODULE, IssueCodes.ADAPTATION_MODULE);
		}
	}

	private static boolean hasCourseFiles(Path folder) {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.anyMatch(f -> f.getFileName().toString().endsWith(".course"));
		} catch (IOException e) {
			return false;
		}
	}

	@Check
	public void forumLinkIsSafe(Adaptation adaptation) {
		String scheme = LinkSafety.unsafeScheme(adaptation.getForumLink());
		if (scheme != null) {
			error("Links with the '" + scheme + ":' scheme are not allowed: they could run code in a learner's browser."
					+ " Use the http or https address of the cohort's forum.", adaptation, ADAPTATION__FORUM_LINK, IssueCodes.UNSAFE_LINK);
		}
	}

	@Check
	public void changeFitsItsTarget(Change change) {
		EObject target = change.getTarget();
		if (target == null || target.eIsProxy()) {
			return;
		}
		if (!inTheModule(change, target)) {
			error("'" + idOf(target) + "' is added by this adaptation: write its final text where it is added.", change, CHANGE__TARGET,
					IssueCodes.ADAPTATION_TARGET);
			return;
		}
		List<EStructuralFeature> fields = target instanceof Activity ? ACTIVITY_FIELDS : target instanceof ForumPrompt ? FORUM_FIELDS : null;
		if (fields == null) {
			error("Only activities and forum prompts can be changed, and '" + idOf(target) + "' is " + kindOf(target)
					+ ". Hide it and add an element of your own in its place.", change, CHANGE__TARGET, IssueCodes.ADAPTATION_TARGET);
			return;
		}
		for (EStructuralFeature field : CHANGE.getEAllStructuralFeatures()) {
			if (field != CHANGE__TARGET && field != CHANGE__AT_LEAST && field != CHANGE__MOST_WORDS && change.eIsSet(field)
					&& !fields.contains(field)) {
				error(capitalised(kindOf(target)) + " has no " + fieldName(field) + ": the fields of " + kindOf(target) + " are "
						+ String.join(", ", fields.stream().filter(f -> f != CHANGE__FEWEST_WORDS).map(AdaptationRules::fieldName).toList())
						+ ".", change, field, IssueCodes.ADAPTATION_FIELD);
			}
		}
	}

	@Check
	public void hiddenElementCanBeHidden(Hide hide) {
		EObject target = hide.getTarget();
		if (target == null || target.eIsProxy()) {
			return;
		}
		if (!inTheModule(hide, target)) {
			error("'" + idOf(target) + "' is added by this adaptation: take it out of the addition instead of hiding it.", hide,
					HIDE__TARGET, IssueCodes.ADAPTATION_TARGET);
		} else if (!(target instanceof Activity || target instanceof ForumPrompt || target instanceof Reading || target instanceof Box
				|| target instanceof Figure || target instanceof Media || target instanceof Section)) {
			error("Only activities, forum prompts, readings, boxes, figures, media and sections can be hidden, and '" + idOf(target)
					+ "' is " + kindOf(target) + ".", hide, HIDE__TARGET, IssueCodes.ADAPTATION_TARGET);
		}
	}

	@Check
	public void additionHasAPlace(Addition addition) {
		EObject anchor = addition.getAnchor();
		if (anchor == null || anchor.eIsProxy()) {
			return;
		}
		if (!inTheModule(addition, anchor)) {
			error("'" + idOf(anchor) + "' is added by this adaptation: put these elements in the same addition.", addition,
					ADDITION__ANCHOR, IssueCodes.ADAPTATION_TARGET);
		} else if (!(anchor.eContainer() instanceof Session || anchor.eContainer() instanceof Section)) {
			error("New elements go after or before an element of a session or section, and '" + idOf(anchor) + "' is "
					+ kindOf(anchor) + (anchor.eContainer() instanceof Box ? " inside a box" : "") + ".", addition, ADDITION__ANCHOR,
					IssueCodes.ADAPTATION_TARGET);
		}
	}

	/** Whether the element is the module's rather than one this adaptation adds. */
	private static boolean inTheModule(EObject adjustment, EObject element) {
		return element.eResource() != adjustment.eResource();
	}

	static String idOf(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? "?" : String.valueOf(element.eGet(name));
	}

	/** "an activity", "a learning outcome": what a designer calls the element. */
	static String kindOf(EObject element) {
		return switch (element.eClass().getName()) {
			case "Activity" -> "an activity";
			case "ForumPrompt" -> "a forum prompt";
			case "Reading" -> "a reading";
			case "Box" -> "a box";
			case "Figure" -> "a figure";
			case "Media" -> "a video or audio";
			case "Section" -> "a section";
			case "Session" -> "a session";
			case "Unit" -> "a unit";
			case "Outcome" -> "a learning outcome";
			case "Reference" -> "a bibliography entry";
			case "GlossaryTerm" -> "a glossary term";
			case "Quote" -> "a quote";
			default -> "a " + element.eClass().getName().toLowerCase(java.util.Locale.ROOT);
		};
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** A change's field as the designer writes it. */
	static String fieldName(EStructuralFeature field) {
		return switch (field.getName()) {
			case "timing" -> "timing";
			case "response" -> "response box";
			case "reveal" -> "answer or discussion";
			case "tutorNote" -> "tutor note";
			case "expectedWords", "fewestWords" -> "expected length";
			case "expectedReplies" -> "replies";
			case "postBy" -> "post-by date";
			default -> field.getName();
		};
	}
}
