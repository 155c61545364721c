package org.coursewright.dsl.scoping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.CoursePackage;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.MapBasedScope;

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
		return new ImportedEntriesScope(declared, CourseModule.of(file.eResource()).derived(ImportedEntries.class, ImportedEntries::of));
	}

	/** The module's imported entries by key, gathered once per module rather than once per link. */
	private record ImportedEntries(Map<QualifiedName, IEObjectDescription> byKey) {

		static ImportedEntries of(CourseModule module) {
			Map<QualifiedName, IEObjectDescription> byKey = new LinkedHashMap<>();
			for (Reference entry : module.importedReferences()) {
				if (entry.getName() != null) {
					QualifiedName key = QualifiedName.create(entry.getName());
					byKey.putIfAbsent(key, EObjectDescription.create(key, entry));
				}
			}
			return new ImportedEntries(Collections.unmodifiableMap(byKey));
		}
	}

	/** The imported entries in front of what the files declare, as the scope of a link to a bibliography entry. */
	private static final class ImportedEntriesScope extends MapBasedScope {

		ImportedEntriesScope(IScope declared, ImportedEntries imported) {
			super(declared, imported.byKey(), false);
		}
	}
}
