package org.coursewright.dsl.ide.highlighting;

import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;

/** The kinds of text that semantic highlighting tells apart, beyond Xtext's lexical ones. */
public interface CourseHighlightingStyles extends HighlightingStyles {

	/** An id or key where it is declared: {@code activity rank-dimensions}, {@code entry day2010}. */
	String DECLARATION_ID = DEFINITION_ID;

	/** An id or key used to point at a declaration: {@code serves lo2}, {@code reading r1 from day2010}. */
	String REFERENCE_ID = "reference";

	/** A citation inside prose: the {@code @day2010} of {@code [@day2010, p. 4]}. */
	String CITATION_ID = "citation";

	/** A cross-reference inside prose: the {@code id} of {@code [[id]]}. */
	String CROSS_REFERENCE_ID = "crossReference";
}
