package org.coursewright.dsl.validation;

import org.coursewright.dsl.course.CoursePackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Says which kind of id could not be found, in the designer's words, with a stable code. */
public class CourseLinkingDiagnostics extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		if (type == CoursePackage.Literals.REFERENCE) {
			return new DiagnosticMessage("No bibliography entry has the key '" + name
					+ "'. Add it to the bibliography or check the spelling.", Severity.ERROR, IssueCodes.UNKNOWN_CITATION);
		}
		if (type == CoursePackage.Literals.OUTCOME) {
			return new DiagnosticMessage("No learning outcome has the id '" + name
					+ "'. Outcomes are declared in the module header with 'outcome " + name + " \"...\"'.",
					Severity.ERROR, IssueCodes.UNKNOWN_OUTCOME);
		}
		if (type == CoursePackage.Literals.READING) {
			return new DiagnosticMessage("No reading has the id '" + name + "'.", Severity.ERROR, IssueCodes.UNKNOWN_READING);
		}
		if (type == org.eclipse.emf.ecore.EcorePackage.Literals.EOBJECT) {
			// the element an adaptation changes, hides or places an addition by
			return new DiagnosticMessage("The adapted module has no element with the id '" + name + "'.", Severity.ERROR,
					IssueCodes.UNKNOWN_TARGET);
		}
		return new DiagnosticMessage("Nothing in this module has the id '" + name + "'.", Severity.ERROR, IssueCodes.UNKNOWN_TARGET);
	}
}
