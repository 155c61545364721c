package org.coursewright.publish.site;

/** Publishing would touch files it does not own; nothing has been changed. */
public class SiteConflictException extends Exception {

	private static final long serialVersionUID = 1L;

	public SiteConflictException(String message) {
		super(message);
	}
}
