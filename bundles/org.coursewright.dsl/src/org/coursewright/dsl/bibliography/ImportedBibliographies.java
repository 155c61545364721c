package org.coursewright.dsl.bibliography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.coursewright.dsl.course.BibliographyImport;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.model.ModuleFolderFile;
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

	/**
	 * The file an import names, resolved against the folder of the file that imports it. The
	 * name is taken as a file path, segment by segment, before it becomes a URI: characters
	 * such as '#', '?' and ':' are part of a file's name, not of a URI's syntax.
	 */
	public static Optional<URI> location(BibliographyImport bibliographyImport) {
		String path = bibliographyImport.getFile();
		Resource resource = bibliographyImport.eResource();
		if (path == null || path.isBlank() || resource == null || resource.getURI() == null) {
			return Optional.empty();
		}
		String slashed = path.replace('\\', '/');
		if (slashed.startsWith("/") || slashed.matches("[A-Za-z]:.*") || slashed.indexOf('\0') >= 0) {
			return Optional.empty();
		}
		String[] segments = Arrays.stream(slashed.split("/", -1)).map(segment -> URI.encodeSegment(segment, false)).toArray(String[]::new);
		return Optional.of(URI.createHierarchicalURI(segments, null, null).resolve(resource.getURI()));
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
		String name = bibliographyImport.getFile();
		URI importing = bibliographyImport.eResource().getURI();
		if (!importing.isFile()) { // not on disk (a test's resource): read as EMF reads it
			read(bibliography, name, () -> resourceSet.getURIConverter().createInputStream(uri));
			return Optional.of(bibliography);
		}
		Path folder = Path.of(importing.toFileString()).getParent();
		String relative = name.replace('\\', '/');
		String problem = switch (ModuleFolderFile.of(folder, relative)) {
			case OUTSIDE -> "'" + name + "' is outside the module's folder; only files inside it are read.";
			case SYMBOLIC_LINK -> "'" + name + "' is a symbolic link; only plain files inside the module's folder are read.";
			case MISSING -> "Cannot read the bibliography file '" + name + "': it does not exist or is not a plain file.";
			case INSIDE -> tooLarge(folder.resolve(relative), name);
		};
		if (problem != null) {
			bibliography.getErrors().add(new ImportedBibliography.LoadProblem(problem, 0));
		} else {
			read(bibliography, name, () -> Files.newInputStream(folder.resolve(relative)));
		}
		return Optional.of(bibliography);
	}

	/** A message when the file is larger than any bibliography needs to be, else null. */
	private static String tooLarge(Path file, String name) {
		try {
			long size = Files.size(file);
			return size <= ImportedBibliography.MAX_BYTES ? null
					: "'" + name + "' is " + size / (1024 * 1024) + " MB; a bibliography file may be up to "
							+ ImportedBibliography.MAX_BYTES / (1024 * 1024) + " MB.";
		} catch (IOException e) {
			return "Cannot read the bibliography file '" + name + "': " + e.getMessage();
		}
	}

	private interface Opening {
		InputStream open() throws IOException;
	}

	private static void read(ImportedBibliography bibliography, String name, Opening opening) {
		try (InputStream in = opening.open()) {
			bibliography.load(in, null);
		} catch (IOException | RuntimeException e) {
			bibliography.getErrors().add(new ImportedBibliography.LoadProblem(
					"Cannot read the bibliography file '" + name + "': it does not exist or is not readable.", 0));
		}
	}
}
