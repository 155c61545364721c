package org.coursewright.dsl;

import org.coursewright.dsl.conversion.CourseValueConverters;
import org.coursewright.dsl.scoping.ModuleGlobalScopeProvider;
import org.coursewright.dsl.validation.CourseLinkingDiagnostics;
import org.coursewright.dsl.validation.CourseSyntaxErrorMessages;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.SimpleNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;

/** The language's services; each binding replaces one of Xtext's defaults. */
public class CourseRuntimeModule extends AbstractCourseRuntimeModule {

	/** Ids are short and flat ("a1", not "unit1.session2.a1"). */
	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return SimpleNameProvider.class;
	}

	@Override
	public Class<? extends IGlobalScopeProvider> bindIGlobalScopeProvider() {
		return ModuleGlobalScopeProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return CourseValueConverters.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return CourseLinkingDiagnostics.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return CourseSyntaxErrorMessages.class;
	}
}
