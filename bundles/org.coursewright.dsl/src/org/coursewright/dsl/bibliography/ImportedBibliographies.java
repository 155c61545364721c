package org.coursewright.dsl.bibliography;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coursewright.dsl.course.BibliographyImport;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Reference;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Finds and loads the bibliography files that a module's {@code bibliography "..."} lines
 * name. Each file is read once per resource set and kept there, so that citations linked
 * to its entries stay valid.
 */
public final class ImportedBibliographies {

	private ImportedBibliographies() {
	}

	public static List<Reference> referencesOf(CourseFile file) {
		List<Reference> references = new ArrayList<>();
		file.getMembers().stream().filter(BibliographyImport.class::isInstance).map(BibliographyImport.class::cast)
				.forEach(i -> load(i).ifPresent(b -> b.getContents().stream().map(Reference.class::cast).forEach(references::add)));
		return references;
	}

	/** The file an import names, resolved against the folder of the file that imports it. */
	public static Optional<URI> location(BibliographyImport bibliographyImport) {
		String path = bibliographyImport.getFile();
		Resource resource = bibliographyImport.eResource();
		if (path == null || path.isBlank() || resource == null) {
			return Optional.empty();
		}
		URI relative = URI.createURI(path.replace('\\', '/'), true);
		if (!relative.isRelative() || path.startsWith("/")) {
			return Optional.empty();
		}
		return Optional.of(relative.resolve(resource.getURI()));
	}

	/** The loaded file, or empty when the import names no readable location. */
	public static Optional<ImportedBibliography> load(BibliographyImport bibliographyImport) {
		Optional<URI> location = location(bibliographyImport);
		ResourceSet resourceSet = bibliographyImport.eResource() == null ? null : bibliographyImport.eResource().getResourceSet();
		if (location.isEmpty() || resourceSet == null) {
			return Optional.empty();
		}
		URI uri = location.get();
		Resource existing = resourceSet.getResource(uri, false);
		if (existing instanceof ImportedBibliography bibliography) {
			return Optional.of(bibliography);
		}
		ImportedBibliography bibliography = new ImportedBibliography(uri);
		resourceSet.getResources().add(bibliography);
		try (InputStream in = resourceSet.getURIConverter().createInputStream(uri)) {
			bibliography.load(in, null);
		} catch (IOException e) {
			bibliography.getErrors().add(new ImportedBibliography.LoadProblem(
					"Cannot read the bibliography file '" + bibliographyImport.getFile() + "': it does not exist or is not readable.", 0));
		}
		return Optional.of(bibliography);
	}
}
