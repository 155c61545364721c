package org.coursewright.dsl.bibliography;

import org.coursewright.dsl.course.CourseFactory;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.ReferenceType;
import org.eclipse.emf.ecore.EAttribute;

/** Fills a {@link Reference} from an imported entry's fields, skipping empty ones. */
final class ReferenceBuilder {

	private final Reference reference = CourseFactory.eINSTANCE.createReference();

	ReferenceBuilder(String key, ReferenceType type) {
		reference.setName(key);
		reference.setType(type);
	}

	ReferenceBuilder author(String name) {
		if (hasText(name)) {
			reference.getAuthors().add(name.strip());
		}
		return this;
	}

	ReferenceBuilder editor(String name) {
		if (hasText(name)) {
			reference.getEditors().add(name.strip());
		}
		return this;
	}

	ReferenceBuilder year(String year) {
		if (hasText(year)) {
			String digits = year.replaceAll("^\\D*(\\d{4}).*$", "$1");
			if (digits.matches("\\d{4}")) {
				reference.setYear(Integer.parseInt(digits));
			}
		}
		return this;
	}

	/** Sets a plain text field such as the title or publisher; empty values are skipped. */
	ReferenceBuilder text(EAttribute field, String value) {
		if (hasText(value)) {
			reference.eSet(field, value.strip());
		}
		return this;
	}

	ReferenceBuilder pages(String value) {
		if (hasText(value)) reference.setPages(value.strip().replaceAll("\\s*(--|–)\\s*", "-"));
		return this;
	}

	ReferenceBuilder doi(String value) {
		if (hasText(value)) reference.setDoi(value.strip().replaceFirst("(?i)^(https?://(dx\\.)?doi\\.org/|doi:)", ""));
		return this;
	}

	Reference build() {
		return reference;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
