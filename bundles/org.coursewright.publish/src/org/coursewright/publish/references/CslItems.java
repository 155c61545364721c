package org.coursewright.publish.references;

import java.util.List;

import org.coursewright.dsl.course.Reference;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;

/** Bibliography entries of the model as CSL items, the input every CSL processor takes. */
public final class CslItems {

	private CslItems() {
	}

	public static CSLItemData of(Reference reference) {
		CSLItemDataBuilder item = new CSLItemDataBuilder().id(reference.getName()).type(typeOf(reference))
				.title(reference.getTitle())
				.containerTitle(reference.getContainer())
				.publisher(reference.getPublisher())
				.publisherPlace(reference.getPlace())
				.edition(reference.getEdition())
				.volume(reference.getVolume())
				.issue(reference.getIssue())
				.page(reference.getPages())
				.DOI(reference.getDoi())
				.URL(reference.getUrl());
		if (!reference.getAuthors().isEmpty()) {
			item.author(names(reference.getAuthors()));
		}
		if (!reference.getEditors().isEmpty()) {
			item.editor(names(reference.getEditors()));
		}
		if (reference.getYear() > 0) {
			item.issued(new CSLDateBuilder().dateParts(reference.getYear()).build());
		}
		CSLDate accessed = date(reference.getAccessed());
		if (accessed != null) {
			item.accessed(accessed);
		}
		return item.build();
	}

	private static CSLType typeOf(Reference reference) {
		return switch (reference.getType()) {
			case BOOK -> CSLType.BOOK;
			case CHAPTER -> CSLType.CHAPTER;
			case ARTICLE -> CSLType.ARTICLE_JOURNAL;
			case REPORT -> CSLType.REPORT;
			case WEBPAGE -> CSLType.WEBPAGE;
			case VIDEO -> CSLType.MOTION_PICTURE;
		};
	}

	/** "Family, Given" as written in the language; a name without a comma is an organisation. */
	/** The authors, or for an edited work without authors its editors: whom the styles cite. */
	static CSLName[] creators(CSLItemData item) {
		if (item.getAuthor() != null && item.getAuthor().length > 0) {
			return item.getAuthor();
		}
		return item.getEditor() == null ? new CSLName[0] : item.getEditor();
	}

	static CSLName[] names(List<String> written) {
		return written.stream().map(name -> {
			int comma = name.indexOf(',');
			if (comma < 0) {
				return new CSLNameBuilder().literal(name.strip()).build();
			}
			return new CSLNameBuilder().family(name.substring(0, comma).strip()).given(name.substring(comma + 1).strip()).build();
		}).toArray(CSLName[]::new);
	}

	/** "2026-10-01", "2026-10" or "2026" as a CSL date; anything else is left out. */
	private static CSLDate date(String written) {
		if (written == null || !written.matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?")) {
			return null;
		}
		String[] parts = written.split("-");
		int[] numbers = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			numbers[i] = Integer.parseInt(parts[i]);
		}
		return new CSLDateBuilder().dateParts(numbers).build();
	}
}
