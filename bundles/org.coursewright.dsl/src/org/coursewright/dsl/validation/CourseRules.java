package org.coursewright.dsl.validation;

import java.util.List;

import org.coursewright.dsl.course.CoursePackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** A group of checks that {@link CourseValidator} composes; not registered on its own. */
public abstract class CourseRules extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CoursePackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CourseValidator, which registers them all
	}
}
