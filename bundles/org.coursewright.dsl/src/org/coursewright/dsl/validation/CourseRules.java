package org.coursewright.dsl.validation;

import java.util.List;
import java.util.Map;

import org.coursewright.dsl.course.CoursePackage;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.ModuleIndex;
import org.coursewright.dsl.prose.ProseFeatures;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

/** A group of checks that {@link CourseValidator} composes; not registered on its own. */
public abstract class CourseRules extends AbstractDeclarativeValidator {

	@Inject
	protected ProseFeatures proseFeatures;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CoursePackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CourseValidator, which registers them all
	}

	/**
	 * The index of the element's module, made once per module and shared by the checks of all
	 * its files; within one file's check it is also kept in the check's context, so that
	 * finding it again does not even look at the module's files.
	 */
	protected ModuleIndex index(EObject element) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return ModuleIndex.of(CourseModule.of(element.eResource()), proseFeatures);
		}
		return (ModuleIndex) context.computeIfAbsent(ModuleIndex.class,
				key -> ModuleIndex.of(CourseModule.of(element.eResource()), proseFeatures));
	}
}
