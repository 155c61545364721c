package org.coursewright.dsl.scoping;

import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.DefaultGlobalScopeProvider;

import com.google.common.base.Predicate;

/** A module is one folder: names resolve among the files of that folder only. */
public class ModuleGlobalScopeProvider extends DefaultGlobalScopeProvider {

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		URI folder = CourseModule.folderOf(resource.getURI());
		Predicate<IEObjectDescription> sameModule = d -> folder.equals(CourseModule.folderOf(d.getEObjectURI().trimFragment()));
		return super.getScope(resource, ignoreCase, type, filter == null ? sameModule : d -> sameModule.apply(d) && filter.apply(d));
	}
}
