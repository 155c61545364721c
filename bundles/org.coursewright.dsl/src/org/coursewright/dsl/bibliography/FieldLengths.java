package org.coursewright.dsl.bibliography;

import java.util.List;
import java.util.Optional;

import org.coursewright.dsl.course.Reference;
import org.eclipse.emf.ecore.EAttribute;

/**
 * Bounds on the fields of a bibliography entry. No real title, journal or name runs to
 * thousands of characters; such a value is a pasting accident, and formatting it costs
 * citeproc-java time that grows with the square of a word's length (its title casing copies
 * the rest of the word at every letter): one 300,000-character title took minutes.
 */
public final class FieldLengths {

	/** Several times the longest titles of real works. */
	public static final int MAX_CHARACTERS = 1_000;

	/** The first field of an entry over the bound, and how long it is. */
	public record TooLong(EAttribute field, int length) {

		public String message(String entry) {
			return String.format("The %s of entry '%s' is %,d characters long; a field may be up to %,d characters.",
					field.getName(), entry, length, MAX_CHARACTERS);
		}
	}

	private FieldLengths() {
	}

	public static Optional<TooLong> tooLong(Reference reference) {
		for (EAttribute attribute : reference.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType().getInstanceClass() != String.class) {
				continue;
			}
			Object value = reference.eGet(attribute);
			List<?> values = value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
			for (Object one : values) {
				if (one instanceof String text && text.length() > MAX_CHARACTERS) {
					return Optional.of(new TooLong(attribute, text.length()));
				}
			}
		}
		return Optional.empty();
	}
}
