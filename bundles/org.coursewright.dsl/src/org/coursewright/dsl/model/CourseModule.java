package org.coursewright.dsl.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.coursewright.dsl.bibliography.ImportedBibliographies;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.Unit;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A module as its designer thinks of it: every {@code .course} file in one folder, read in
 * the order of their file names (so {@code 01-welcome.course} comes before
 * {@code 02-leading.course}), plus the bibliographies those files import.
 */
public final class CourseModule {

	private final URI folder;
	private final List<CourseFile> files;

	private CourseModule(URI folder, List<CourseFile> files) {
		this.folder = folder;
		this.files = files;
	}

	/** The module that the given file belongs to, made of the files loaded beside it. */
	public static CourseModule of(Resource file) {
		URI folder = folderOf(file.getURI());
		List<CourseFile> files = new ArrayList<>();
		List<Resource> resources = file.getResourceSet() == null ? List.of(file) : file.getResourceSet().getResources();
		resources.stream()
				.filter(r -> r instanceof XtextResource && folder.equals(folderOf(r.getURI())))
				.sorted(Comparator.comparing(r -> r.getURI().toString()))
				.forEach(r -> r.getContents().stream().filter(CourseFile.class::isInstance)
						.map(CourseFile.class::cast).forEach(files::add));
		return new CourseModule(folder, files);
	}

	public static URI folderOf(URI file) {
		return file.trimSegments(1);
	}

	public URI folder() {
		return folder;
	}

	public List<CourseFile> files() {
		return files;
	}

	/** The first module header; validation reports any further ones. */
	public Optional<Module> header() {
		return files.stream().map(CourseFile::getModule).filter(m -> m != null).findFirst();
	}

	public List<Module> headers() {
		return files.stream().map(CourseFile::getModule).filter(m -> m != null).toList();
	}

	public List<Outcome> outcomes() {
		return headers().stream().flatMap(m -> m.getOutcomes().stream()).toList();
	}

	public List<Unit> units() {
		return members(Unit.class).toList();
	}

	public List<GlossaryTerm> glossary() {
		return members(GlossaryTerm.class).toList();
	}

	/** Bibliography entries written in the module's files. */
	public List<Reference> declaredReferences() {
		return members(Reference.class).toList();
	}

	/** Entries of the BibTeX and CSL-JSON files the module imports. */
	public List<Reference> importedReferences() {
		List<Reference> imported = new ArrayList<>();
		files.forEach(file -> imported.addAll(ImportedBibliographies.referencesOf(file)));
		return imported;
	}

	/** Entries written in the module and entries of the files it imports. */
	public List<Reference> references() {
		List<Reference> all = new ArrayList<>(declaredReferences());
		all.addAll(importedReferences());
		return all;
	}

	/** Every element of the module's files, depth first in reading order. */
	public Stream<EObject> allElements() {
		return files.stream().flatMap(file -> {
			List<EObject> contents = new ArrayList<>();
			file.eAllContents().forEachRemaining(contents::add);
			return contents.stream();
		});
	}

	private <T> Stream<T> members(Class<T> type) {
		return files.stream().flatMap(f -> f.getMembers().stream()).filter(type::isInstance).map(type::cast);
	}
}
