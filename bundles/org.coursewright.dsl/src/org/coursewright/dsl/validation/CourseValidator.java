package org.coursewright.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** All of the language's checks; each group lives in its own class. */
@ComposedChecks(validators = { ElementRules.class, ProseRules.class, ModuleRules.class, BibliographyRules.class, AdaptationRules.class })
public class CourseValidator extends AbstractCourseValidator {
}
