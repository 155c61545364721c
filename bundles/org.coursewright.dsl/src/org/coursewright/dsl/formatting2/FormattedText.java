package org.coursewright.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Runs the language's formatter over a whole parsed file. */
public class FormattedText {

	@Inject
	private Provider<IFormatter2> formatters;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	/** The edits that format the file; editors apply these so undo and markers keep working. */
	public List<ITextReplacement> replacements(XtextResource resource) {
		return format(regionsOf(resource));
	}

	/** The file's text as the formatter lays it out. */
	public String of(XtextResource resource) {
		ITextRegionAccess regions = regionsOf(resource);
		return regions.getRewriter().renderToString(format(regions));
	}

	private ITextRegionAccess regionsOf(XtextResource resource) {
		return regionAccessBuilders.get().forNodeModel(resource).create();
	}

	private List<ITextReplacement> format(ITextRegionAccess regions) {
		return formatters.get().format(requests.get().setTextRegionAccess(regions));
	}
}
