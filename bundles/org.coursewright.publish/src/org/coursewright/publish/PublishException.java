package org.coursewright.publish;

/** Publishing could not be done; the message says why, for a designer, and nothing was written. */
public class PublishException extends Exception {

	private static final long serialVersionUID = 1L;

	public PublishException(String message) {
		super(message);
	}
}
