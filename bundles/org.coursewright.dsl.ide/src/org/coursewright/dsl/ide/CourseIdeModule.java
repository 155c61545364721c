package org.coursewright.dsl.ide;

import org.coursewright.dsl.ide.highlighting.CourseSemanticHighlighting;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;

/** The language's editor-independent services; the generated module binds content assist. */
public class CourseIdeModule extends AbstractCourseIdeModule {

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return CourseSemanticHighlighting.class;
	}
}
