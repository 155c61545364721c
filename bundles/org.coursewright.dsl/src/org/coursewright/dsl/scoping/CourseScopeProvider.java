package org.coursewright.dsl.scoping;

import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.CoursePackage;
import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

/**
 * Ids are short and module-wide: any element of the module's files can be named from any
 * other file in the same folder (see {@link ModuleGlobalScopeProvider}). Bibliography keys
 * also reach the entries of imported BibTeX and CSL-JSON files.
 */
public class CourseScopeProvider extends AbstractCourseScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope declared = super.getScope(context, reference);
		if (reference.getEReferenceType() != CoursePackage.Literals.REFERENCE) {
			return declared;
		}
		CourseFile file = EcoreUtil2.getContainerOfType(context, CourseFile.class);
		if (file == null || file.eResource() == null) {
			return declared;
		}
		return Scopes.scopeFor(CourseModule.of(file.eResource()).importedReferences(), declared);
	}
}
