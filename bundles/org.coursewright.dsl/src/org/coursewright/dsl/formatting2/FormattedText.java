package org.coursewright.dsl.formatting2;

import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

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

	/** The file's text with one part of it (a region of the text) laid out by the formatter, the rest as it was. */
	public String of(XtextResource resource, ITextRegion part) {
		ITextRegionAccess regions = regionsOf(resource);
		List<ITextReplacement> replacements = formatters.get()
				.format(requests.get().setTextRegionAccess(regions).setRegions(List.of(part)));
		return regions.getRewriter().renderToString(replacements);
	}

	private ITextRegionAccess regionsOf(XtextResource resource) {
		return regionAccessBuilders.get().forNodeModel(resource).create();
	}

	private List<ITextReplacement> format(ITextRegionAccess regions) {
		return formatters.get().format(requests.get().setTextRegionAccess(regions));
	}
}
