package org.coursewright.dsl.validation;

import static org.coursewright.dsl.course.CoursePackage.Literals.*;

import org.coursewright.dsl.bibliography.FieldLengths;
import org.coursewright.dsl.bibliography.ImportedBibliographies;
import org.coursewright.dsl.bibliography.ImportedBibliography;
import org.coursewright.dsl.course.BibliographyImport;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.ReferenceType;
import org.coursewright.dsl.model.ModuleIndex;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;

/** Checks on the module's bibliography: files that import, entries that are complete and used. */
public class BibliographyRules extends CourseRules {

	@Check
	public void importIsReadable(BibliographyImport bibliographyImport) {
		if (ImportedBibliographies.location(bibliographyImport).isEmpty()) {
			error("Name the bibliography file by a path relative to this file, such as \"references.bib\".",
					bibliographyImport, BIBLIOGRAPHY_IMPORT__FILE, IssueCodes.BIBLIOGRAPHY_UNREADABLE);
			return;
		}
		ImportedBibliography bibliography = ImportedBibliographies.load(bibliographyImport).orElseThrow();
		if (!ImportedBibliography.isBibTeX(bibliography.getURI()) && !ImportedBibliography.isCslJson(bibliography.getURI())) {
			error("A bibliography file must be BibTeX (.bib) or CSL-JSON (.json).", bibliographyImport,
					BIBLIOGRAPHY_IMPORT__FILE, IssueCodes.BIBLIOGRAPHY_UNREADABLE);
			return;
		}
		for (Resource.Diagnostic problem : bibliography.getErrors()) {
			String where = problem.getLine() > 0 ? " (line " + problem.getLine() + ")" : "";
			error(bibliographyImport.getFile() + where + ": " + problem.getMessage(), bibliographyImport,
					BIBLIOGRAPHY_IMPORT__FILE, IssueCodes.BIBLIOGRAPHY_UNREADABLE);
		}
		if (bibliography.getContents().size() > ImportedBibliography.MAX_ENTRIES) {
			error(String.format("%s has %,d entries; a module's bibliography file may have up to %,d. Export only the works this module"
					+ " cites (reference managers such as Zotero export a collection or a selection).", bibliographyImport.getFile(),
					bibliography.getContents().size(), ImportedBibliography.MAX_ENTRIES), bibliographyImport, BIBLIOGRAPHY_IMPORT__FILE,
					IssueCodes.TOO_LONG);
			return;
		}
		bibliography.getContents().stream().map(Reference.class::cast)
				.forEach(entry -> FieldLengths.tooLong(entry).ifPresent(tooLong -> error(bibliographyImport.getFile() + ": "
						+ tooLong.message(entry.getName()), bibliographyImport, BIBLIOGRAPHY_IMPORT__FILE, IssueCodes.TOO_LONG)));
	}

	@Check
	public void fieldsAreOfASaneLength(Reference reference) {
		FieldLengths.tooLong(reference).ifPresent(tooLong -> error(tooLong.message(reference.getName()), reference, tooLong.field(),
				IssueCodes.TOO_LONG));
	}

	@Check
	public void referenceIsCited(Reference reference) {
		if (!index(reference).isCited(reference.getName())) {
			warning("Nobody cites '" + reference.getName() + "'. Cite it in prose as [@" + reference.getName()
					+ "], use it in a reading, or remove it.", reference, REFERENCE__NAME, IssueCodes.REFERENCE_NOT_CITED);
		}
	}

	@Check
	public void importedReferencesAreCited(BibliographyImport bibliographyImport) {
		ImportedBibliography bibliography = ImportedBibliographies.load(bibliographyImport).orElse(null);
		if (bibliography == null || !bibliography.getErrors().isEmpty() || bibliography.getContents().size() > ImportedBibliography.MAX_ENTRIES) {
			return; // an unreadable or oversized file has its error; a warning per entry would only bury it
		}
		ModuleIndex index = index(bibliographyImport);
		bibliography.getContents().stream().map(Reference.class::cast).map(Reference::getName)
				.filter(key -> !index.isCited(key))
				.forEach(key -> warning("Nobody cites '" + key + "' from " + bibliographyImport.getFile() + ". Cite it in prose as [@"
						+ key + "], use it in a reading, or remove it from the file.", bibliographyImport,
						BIBLIOGRAPHY_IMPORT__FILE, IssueCodes.REFERENCE_NOT_CITED));
	}

	@Check
	public void referenceIsComplete(Reference reference) {
		String missing = null;
		if (ElementRules.isBlank(reference.getTitle())) {
			missing = "a title (title \"...\")";
		} else if (reference.getType() == ReferenceType.ARTICLE && ElementRules.isBlank(reference.getContainer())) {
			missing = "the journal's name (journal \"...\")";
		} else if (reference.getType() == ReferenceType.CHAPTER && ElementRules.isBlank(reference.getContainer())) {
			missing = "the title of the book it is in (in \"...\")";
		} else if (reference.getType() == ReferenceType.WEBPAGE && ElementRules.isBlank(reference.getUrl())) {
			missing = "its address (url \"https://...\")";
		}
		if (missing != null) {
			warning("Bibliography entry '" + reference.getName() + "' needs " + missing + " to be referenced properly.",
					reference, REFERENCE__NAME, IssueCodes.INCOMPLETE_REFERENCE);
		}
	}
}
