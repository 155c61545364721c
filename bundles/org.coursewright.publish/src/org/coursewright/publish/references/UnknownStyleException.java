package org.coursewright.publish.references;

/** A style name that no CSL style in the styles artifact has. */
public class UnknownStyleException extends Exception {

	private static final long serialVersionUID = 1L;

	public UnknownStyleException(String style) {
		super("There is no citation style called '" + style + "'. Use a CSL style name such as apa,"
				+ " harvard-cite-them-right or chicago-author-date.");
	}
}
