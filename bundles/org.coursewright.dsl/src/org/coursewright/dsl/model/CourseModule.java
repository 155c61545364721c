package org.coursewright.dsl.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.coursewright.dsl.bibliography.ImportedBibliographies;
import org.coursewright.dsl.course.Adaptation;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.Unit;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.resource.XtextResource;

/**
 * A module as its designer thinks of it: every {@code .course} file in one folder, read in
 * the order of their file names (so {@code 01-welcome.course} comes before
 * {@code 02-leading.course}), plus the bibliographies those files import.
 */
public final class CourseModule {

	private final URI folder;
	private final List<CourseFile> files;
	/** What the module was made from: each file's resource and its parse, in resource set order. */
	private final List<Object> madeFrom;
	/** Facts worked out from the whole module, each once (see {@link #derived}). */
	private final Map<Object, Object> derived = new HashMap<>();
	private List<Reference> importedReferences;

	private CourseModule(URI folder, List<CourseFile> files, List<Object> madeFrom) {
		this.folder = folder;
		this.files = files;
		this.madeFrom = madeFrom;
	}

	/**
	 * The module that the given file belongs to, made of the files loaded beside it. While
	 * none of those files is parsed again, added or removed, every caller gets the same
	 * module, so that what is worked out from the whole module (the ids, the citations: see
	 * {@link #derived}) is worked out once per module, not once per file or per check.
	 */
	public static CourseModule of(Resource file) {
		Optional<URI> adapted = adaptedFolder(file);
		URI folder = adapted.orElseGet(() -> folderOf(file.getURI()));
		ResourceSet resourceSet = file.getResourceSet();
		if (resourceSet == null) {
			return make(folder, madeFrom(List.of(file)));
		}
		LastMade lastMade = LastMade.of(resourceSet);
		synchronized (lastMade) {
			List<Resource> files = lastMade.filesIn(folder);
			if (adapted.isPresent()) {
				files = new ArrayList<>(files);
				files.add(file);
			}
			List<Object> madeFrom = madeFrom(files);
			// an adaptation's module is its own: the adapted module is kept under the adaptation's name
			URI key = adapted.isPresent() ? file.getURI() : folder;
			CourseModule last = lastMade.byFolder.get(key);
			if (last != null && sameObjects(last.madeFrom, madeFrom)) {
				return last;
			}
			CourseModule module = make(folder, madeFrom);
			lastMade.byFolder.put(key, module);
			return module;
		}
	}

	/**
	 * Forgets the modules made from a resource set, so that the next {@link #of} works every
	 * fact out afresh: for a caller that has changed the model itself (applying an adaptation).
	 */
	public static void forget(ResourceSet resourceSet) {
		LastMade lastMade = LastMade.of(resourceSet);
		synchronized (lastMade) {
			lastMade.byFolder.clear();
		}
	}

	/** The folder of the module an adaptation file adapts (the file's own folder when it names none). */
	public static Optional<URI> adaptedFolder(Resource file) {
		if (!isAdaptation(file.getURI()) || file.getContents().isEmpty() || !(file.getContents().get(0) instanceof CourseFile root)
				|| root.getAdaptation() == null) {
			return Optional.empty();
		}
		String module = root.getAdaptation().getModule();
		URI own = folderOf(file.getURI());
		if (module == null || module.isBlank() || !own.isFile()) {
			return Optional.of(own);
		}
		String relative = module.endsWith("/") ? module.substring(0, module.length() - 1) : module;
		return Optional.of(URI.createFileURI(java.nio.file.Path.of(own.toFileString()).resolve(relative).normalize().toString()));
	}

	public static boolean isAdaptation(URI file) {
		return ADAPTATION_EXTENSION.equals(file.fileExtension());
	}

	/** The extension of a tutor's adaptation of a module. */
	public static final String ADAPTATION_EXTENSION = "adaptation";

	private static List<Object> madeFrom(List<Resource> files) {
		List<Object> madeFrom = new ArrayList<>(files.size() * 2);
		for (Resource resource : files) {
			if (resource instanceof XtextResource xtext) {
				madeFrom.add(resource);
				madeFrom.add(xtext.getParseResult());
			}
		}
		return madeFrom;
	}

	/**
	 * The modules last made from a resource set, by folder, and the set's files by folder, found
	 * again only when resources are added or removed. Kept on the resource set, so they go
	 * when it goes.
	 */
	private static final class LastMade extends AdapterImpl {

		private final Map<URI, CourseModule> byFolder = new HashMap<>();
		private Map<URI, List<Resource>> filesByFolder;
		/**
		 * Set, without taking this adapter's lock, by whichever thread adds or removes a
		 * resource: that thread holds the resource set's lock, which {@link #filesIn} takes
		 * while holding this one.
		 */
		private volatile boolean resourcesChanged = true;

		static LastMade of(ResourceSet resourceSet) {
			synchronized (resourceSet) {
				for (Adapter adapter : resourceSet.eAdapters()) {
					if (adapter instanceof LastMade lastMade) {
						return lastMade;
					}
				}
				LastMade lastMade = new LastMade();
				resourceSet.eAdapters().add(lastMade);
				return lastMade;
			}
		}

		/** Called with this adapter's lock held. */
		List<Resource> filesIn(URI folder) {
			if (resourcesChanged) {
				resourcesChanged = false; // before reading the list: a change from now on is seen next time
				filesByFolder = new HashMap<>();
				for (Resource resource : List.copyOf(((ResourceSet) getTarget()).getResources())) {
					if (resource instanceof XtextResource && !isAdaptation(resource.getURI())) {
						filesByFolder.computeIfAbsent(folderOf(resource.getURI()), k -> new ArrayList<>()).add(resource);
					}
				}
			}
			return filesByFolder.getOrDefault(folder, List.of());
		}

		@Override
		public void notifyChanged(Notification change) {
			if (change.getFeatureID(ResourceSet.class) == ResourceSet.RESOURCE_SET__RESOURCES) {
				resourcesChanged = true;
			}
		}
	}

	private static CourseModule make(URI folder, List<Object> madeFrom) {
		List<CourseFile> files = new ArrayList<>();
		madeFrom.stream().filter(Resource.class::isInstance).map(Resource.class::cast)
				.sorted(Comparator.comparing(r -> r.getURI().toString()))
				.forEach(r -> r.getContents().stream().filter(CourseFile.class::isInstance)
						.map(CourseFile.class::cast).forEach(files::add));
		return new CourseModule(folder, List.copyOf(files), madeFrom);
	}

	/** Whether two lists hold the very same objects (a parse equal in content is still a new parse). */
	private static boolean sameObjects(List<Object> a, List<Object> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i) != b.get(i)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A fact about the whole module, worked out by {@code compute} the first time it is asked
	 * for and kept with the module. Callers must only read the model while computing.
	 */
	public synchronized <T> T derived(Class<T> kind, Function<CourseModule, T> compute) {
		Object value = derived.get(kind);
		if (value == null) {
			value = compute.apply(this);
			derived.put(kind, value);
		}
		return kind.cast(value);
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
		return derived(Headers.class, m -> new Headers(files.stream().map(CourseFile::getModule).filter(h -> h != null).toList()))
				.all();
	}

	/** Asked for by every file's check, so found once. */
	private record Headers(List<Module> all) {
	}

	/** The adaptation this module is read through, when it is a module adapted for a cohort. */
	public Optional<Adaptation> adaptation() {
		return files.stream().map(CourseFile::getAdaptation).filter(a -> a != null).findFirst();
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
	public synchronized List<Reference> importedReferences() {
		if (importedReferences == null) {
			List<Reference> imported = new ArrayList<>();
			files.forEach(file -> imported.addAll(ImportedBibliographies.referencesOf(file)));
			importedReferences = List.copyOf(imported);
		}
		return importedReferences;
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
