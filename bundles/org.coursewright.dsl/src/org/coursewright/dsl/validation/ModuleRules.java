package org.coursewright.dsl.validation;

import static org.coursewright.dsl.course.CoursePackage.Literals.*;

import java.util.List;

import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.studytime.StudyTime;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.validation.Check;

/**
 * Checks across all files of a module. Each file reports only what it contains, so a
 * problem appears once, at the place the designer has to change.
 */
public class ModuleRules extends CourseRules {

	/** Declared study time may differ from the summed timings by this share before a warning. */
	static final double STUDY_TIME_TOLERANCE = 0.10;

	@Check
	public void moduleHasOneHeader(CourseFile file) {
		CourseModule module = index(file).module();
		List<Module> headers = module.headers();
		if (headers.isEmpty() && !module.files().isEmpty() && module.files().get(0) == file) {
			error("This module has no header. Start one of the files in this folder with: module CODE \"Title\" { ... }",
					file, null, IssueCodes.MISSING_MODULE);
		}
		for (int i = 1; i < headers.size(); i++) {
			Module header = headers.get(i);
			if (header.eResource() == file.eResource()) {
				error("A module has one header, and this module's is already at " + place(headers.get(0))
						+ ". Files of other modules belong in their own folders.", header, MODULE__CODE, IssueCodes.SECOND_MODULE);
			}
		}
	}

	@Check
	public void idsAreUnique(CourseFile file) {
		for (List<EObject> sameId : index(file).duplicateIds()) {
			// Every use points at the first one, and the first at the second: two places to compute, however many uses.
			String firstPlace = place(sameId.get(0));
			String secondPlace = place(sameId.get(1));
			for (EObject element : sameId) {
				if (element.eResource() == file.eResource()) {
					String id = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
					error("The id '" + id + "' is used more than once in this module (also at "
							+ (element == sameId.get(0) ? secondPlace : firstPlace)
							+ "). Ids must be unique: links, citations and tutors' adaptations refer to them.",
							element, nameFeature(element), IssueCodes.DUPLICATE_ID);
				}
			}
		}
	}

	@Check
	public void studyTimeAddsUp(Module header) {
		if (!header.eIsSet(MODULE__STUDY_HOURS)) {
			return;
		}
		int declared = header.getStudyHours() * 60;
		int summed = index(header).module().files().stream().mapToInt(StudyTime::totalMinutes).sum();
		if (Math.abs(summed - declared) > declared * STUDY_TIME_TOLERANCE) {
			int percent = declared == 0 ? 100 : (int) Math.round(Math.abs(summed - declared) * 100.0 / declared);
			warning("The module declares " + header.getStudyHours() + " study hours, but its activities, forum prompts,"
					+ " readings and media add up to " + StudyTime.format(summed) + " (" + percent + "% "
					+ (summed < declared ? "less" : "more") + "; up to 10% is fine).", header, MODULE__STUDY_HOURS,
					IssueCodes.STUDY_TIME_MISMATCH);
		}
	}

	@Check
	public void outcomeIsServed(Outcome outcome) {
		if (!index(outcome).isServed(outcome)) {
			warning("No activity or forum prompt serves learning outcome '" + outcome.getName() + "'. Add 'serves "
					+ outcome.getName() + "' to the activities that develop it.", outcome, OUTCOME__NAME, IssueCodes.OUTCOME_NOT_SERVED);
		}
	}

	static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}

	/** "02-leading.course:14" for an element written in a file, the file name for an imported one. */
	static String place(EObject element) {
		String file = element.eResource() == null ? "?" : element.eResource().getURI().lastSegment();
		ICompositeNode node = NodeModelUtils.getNode(element);
		return node == null ? file : file + ":" + node.getStartLine();
	}
}
