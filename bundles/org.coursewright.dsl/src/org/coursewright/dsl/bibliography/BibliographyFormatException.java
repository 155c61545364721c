package org.coursewright.dsl.bibliography;

/** A bibliography file that is not valid BibTeX or CSL-JSON; the message is for the designer. */
public class BibliographyFormatException extends Exception {

	private static final long serialVersionUID = 1L;
	private final int line;

	public BibliographyFormatException(String message, int line) {
		super(message);
		this.line = line;
	}

	public int line() {
		return line;
	}
}
