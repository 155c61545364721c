package org.coursewright.dsl.validation;

import static org.coursewright.dsl.course.CoursePackage.Literals.*;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.MediaKind;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.model.ModuleFolderFile;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.validation.Check;

/** Checks that need only the element itself: accessibility, timing, safe links, emptiness. */
public class ElementRules extends CourseRules {

	@Check
	public void figureHasDescription(Figure figure) {
		if (isBlank(figure.getDescription())) {
			error("Figure '" + figure.getName() + "' has no description. Describe what it shows: learners who cannot see it"
					+ " read or hear the description instead.", figure, FIGURE__NAME, IssueCodes.MISSING_DESCRIPTION);
		}
	}

	@Check
	public void mediaHasTranscript(Media media) {
		if (isBlank(media.getTranscript())) {
			String kind = media.getKind() == MediaKind.VIDEO ? "Video" : "Audio";
			error(kind + " '" + media.getName() + "' has no transcript. Add transcript \"\"\"...\"\"\" so that learners who"
					+ " cannot hear it can follow.", media, MEDIA__NAME, IssueCodes.MISSING_TRANSCRIPT);
		}
	}

	@Check
	public void mediaHasASource(Media media) {
		if (isBlank(media.getFile()) && isBlank(media.getUrl())) {
			String kind = media.getKind() == MediaKind.VIDEO ? "Video" : "Audio";
			error(kind + " '" + media.getName() + "' has neither a file nor a url, so no player can be shown. Add file \"media/…\""
					+ " for a file in the module folder, or url \"https://…\".", media, MEDIA__NAME, IssueCodes.MISSING_MEDIA_SOURCE);
		}
	}

	@Check
	public void activityHasTiming(Activity activity) {
		if (activity.getTiming() == null) {
			warning("Activity '" + activity.getName() + "' has no timing. Add a line such as 'allow about 30 minutes'"
					+ " so that learners can plan and the study time adds up.", activity, ACTIVITY__NAME, IssueCodes.MISSING_TIMING);
		}
	}

	@Check
	public void forumPromptHasTiming(ForumPrompt forum) {
		if (forum.getTiming() == null) {
			warning("Forum prompt '" + forum.getName() + "' has no timing. Add a line such as 'allow about 30 minutes'.",
					forum, FORUM_PROMPT__NAME, IssueCodes.MISSING_TIMING);
		}
	}

	@Check
	public void unitIsNotEmpty(Unit unit) {
		if (unit.getSessions().isEmpty()) {
			warning("Unit '" + unit.getName() + "' has no sessions yet.", unit, UNIT__NAME, IssueCodes.EMPTY_UNIT);
		}
	}

	@Check
	public void sessionIsNotEmpty(Session session) {
		if (session.getContents().isEmpty()) {
			warning("Session '" + session.getName() + "' has no content yet.", session, SESSION__NAME, IssueCodes.EMPTY_SESSION);
		}
	}

	@Check
	public void mediaLinksAreSafe(Media media) {
		checkLink(media, MEDIA__URL);
		checkFile(media, MEDIA__FILE);
		checkFile(media, MEDIA__CAPTIONS_FILE);
	}

	@Check
	public void figureFileIsSafe(Figure figure) {
		checkFile(figure, FIGURE__FILE);
		String path = figure.getFile();
		if (path != null && path.toLowerCase(java.util.Locale.ROOT).endsWith(".svg")
				&& ModuleFile.of(figure.eResource(), path).orElse(null) == ModuleFolderFile.INSIDE) {
			java.nio.file.Path file = ModuleFile.path(figure.eResource(), path);
			ActiveSvg.in(file).ifPresent(why -> error("The SVG file '" + path + "' " + why + ". Published, it would run script"
					+ " when a learner opens it; export the drawing again as plain SVG (without script or interactivity).", figure,
					FIGURE__FILE, IssueCodes.ACTIVE_SVG));
		}
	}

	/** Files are published with the module, so they must be in its folder, and there. */
	private void checkFile(EObject element, EAttribute feature) {
		String path = (String) element.eGet(feature);
		if (path == null || LinkSafety.unsafeScheme(path) != null) {
			checkLink(element, feature);
			return;
		}
		switch (ModuleFile.of(element.eResource(), path).orElse(ModuleFolderFile.INSIDE)) {
			case OUTSIDE -> error("'" + path + "' is outside the module folder. Put the file in the module folder (for example in"
					+ " images/) and name it by a relative path.", element, feature, IssueCodes.FILE_OUTSIDE_MODULE);
			case SYMBOLIC_LINK -> error("'" + path + "' is a symbolic link. Put the file itself in the module folder: a link could"
					+ " publish a file from anywhere on this machine.", element, feature, IssueCodes.FILE_IS_LINK);
			case MISSING -> error("There is no file '" + path + "' in the module folder.", element, feature, IssueCodes.MISSING_FILE);
			case INSIDE -> {
			}
		}
	}

	@Check
	public void referenceUrlIsSafe(org.coursewright.dsl.course.Reference reference) {
		checkLink(reference, REFERENCE__URL);
	}

	private void checkLink(EObject element, EAttribute feature) {
		String scheme = LinkSafety.unsafeScheme((String) element.eGet(feature));
		if (scheme != null) {
			error("Links with the '" + scheme + ":' scheme are not allowed: they could run code in a learner's browser."
					+ " Use an http or https address, or a path inside the module folder.", element, feature, IssueCodes.UNSAFE_LINK);
		}
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
