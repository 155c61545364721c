package org.coursewright.dsl.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.coursewright.dsl.loading.Problem.Severity;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.validation.IssueCodes;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.SynchronizedXtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Reads and checks modules without any UI: the command line and build servers start here.
 * A folder of {@code .course} files is one module; a folder of such folders is a catalogue
 * of modules. Whatever a file holds, the outcome is a list of problems, never an exception.
 */
public class ModuleLoader {

	public static final String FILE_EXTENSION = ".course";
	/** A tutor's adaptation of a published module: loaded with the module it names. */
	public static final String ADAPTATION_EXTENSION = "." + CourseModule.ADAPTATION_EXTENSION;
	/** After this many syntax errors in one file, the rest are summed up in one line. */
	static final int MAX_SYNTAX_ERRORS_PER_FILE = 30;

	@Inject
	private Provider<SynchronizedXtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** Thrown for a path that is not a .course file or a folder; the message says so. */
	public static class BadPathException extends Exception {
		private static final long serialVersionUID = 1L;

		public BadPathException(String message) {
			super(message);
		}
	}

	/**
	 * Loads the modules that the given paths belong to. A file brings in its folder's other
	 * files, so that its ids resolve, but only its own problems are reported.
	 */
	public List<LoadedModule> load(List<Path> paths) throws BadPathException {
		return loadEach(paths, Function.identity());
	}

	/**
	 * Loads the modules that the given paths belong to one at a time per core, hands each to
	 * {@code work} and keeps only what it returns, in folder order. A catalogue of any size
	 * needs the memory of the modules in flight, not of all of them: each module is dropped
	 * as soon as its work is done.
	 */
	public <R> List<R> loadEach(List<Path> paths, Function<LoadedModule, R> work) throws BadPathException {
		return loadEach(paths, folder -> true, work);
	}

	/** As {@link #loadEach(List, Function)}, for the module folders (or adaptation files) that {@code wanted} accepts. */
	public <R> List<R> loadEach(List<Path> paths, java.util.function.Predicate<Path> wanted, Function<LoadedModule, R> work)
			throws BadPathException {
		Map<Path, Set<Path>> reportedByFolder = filesByFolder(paths);
		reportedByFolder.keySet().removeIf(wanted.negate());
		// Folders are independent modules with their own resource sets: a catalogue loads on all cores.
		return List.copyOf(reportedByFolder.entrySet()).parallelStream()
				.map(e -> work.apply(isAdaptation(e.getKey()) ? loadAdaptation(e.getKey(), null) : loadFolder(e.getKey(), e.getValue())))
				.toList();
	}

	/** The module folders the given paths belong to, in the order they are loaded and reported. */
	public static Set<Path> moduleFolders(List<Path> paths) throws BadPathException {
		return filesByFolder(paths).keySet();
	}

	/** The files asked about, by module folder; an adaptation stands for itself, under its own path. */
	private static Map<Path, Set<Path>> filesByFolder(List<Path> paths) throws BadPathException {
		Map<Path, Set<Path>> byFolder = new LinkedHashMap<>();
		for (Path path : paths) {
			for (Path file : courseFiles(path)) {
				Path normal = file.toAbsolutePath().normalize();
				byFolder.computeIfAbsent(isAdaptation(normal) ? normal : normal.getParent(), k -> new TreeSet<>()).add(normal);
			}
		}
		return byFolder;
	}

	public static boolean isAdaptation(Path path) {
		return path.getFileName() != null && path.getFileName().toString().endsWith(ADAPTATION_EXTENSION);
	}

	private static boolean isModuleOrAdaptationFile(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith(FILE_EXTENSION) || name.endsWith(ADAPTATION_EXTENSION);
	}

	private static List<Path> courseFiles(Path path) throws BadPathException {
		if (Files.isRegularFile(path)) {
			if (!isModuleOrAdaptationFile(path)) {
				throw new BadPathException(path + ": not a " + FILE_EXTENSION + " or " + ADAPTATION_EXTENSION + " file");
			}
			return List.of(path);
		}
		if (!Files.isDirectory(path)) {
			throw new BadPathException(path + ": no such file or folder");
		}
		try (Stream<Path> walk = Files.walk(path)) {
			List<Path> files = walk.filter(p -> isModuleOrAdaptationFile(p) && Files.isRegularFile(p)).sorted().toList();
			if (files.isEmpty()) {
				throw new BadPathException(path + ": no " + FILE_EXTENSION + " or " + ADAPTATION_EXTENSION + " files in this folder");
			}
			return files;
		} catch (IOException e) {
			throw new BadPathException(path + ": cannot be read (" + e.getMessage() + ")");
		}
	}

	/**
	 * Loads the module of one file with that file's text as an editor holds it, unsaved, and
	 * reports that file's problems: what the command line would say once the file is saved.
	 */
	public LoadedModule loadEdited(Path file, String text) {
		Path normal = file.toAbsolutePath().normalize();
		if (isAdaptation(normal)) {
			return loadAdaptation(normal, text);
		}
		return loadFolder(normal.getParent(), Set.of(normal), Map.of(normal, text));
	}

	/**
	 * Loads an adaptation with the module it names, in one resource set: the adaptation's ids
	 * resolve among the module's. Reports the module's problems (in its files) and the
	 * adaptation's; the model is the module read through the adaptation, not yet applied.
	 */
	private LoadedModule loadAdaptation(Path file, String unsavedText) {
		SynchronizedXtextResourceSet resourceSet = resourceSets.get();
		Parsed adaptation = parse(resourceSet, file, unsavedText);
		List<Problem> problems = new ArrayList<>(adaptation.problems());
		if (adaptation.resource() == null) {
			return new LoadedModule(file.getParent(), List.of(file), null, problems);
		}
		Path moduleFolder = CourseModule.adaptedFolder(adaptation.resource()).map(uri -> Path.of(uri.toFileString())).orElse(null);
		if (moduleFolder == null) {
			problems.addAll(validate(adaptation.resource(), file));
			problems.sort(Problem.BY_PLACE);
			return new LoadedModule(file.getParent(), List.of(file), null, problems);
		}
		List<Path> moduleFiles;
		try {
			moduleFiles = Files.isDirectory(moduleFolder) ? moduleFiles(moduleFolder) : List.of();
		} catch (IOException e) {
			moduleFiles = List.of(); // the adaptation's check says the module cannot be found
		}
		List<Parsed> module = (moduleFiles.size() > 1 ? moduleFiles.parallelStream() : moduleFiles.stream())
				.map(f -> parse(resourceSet, f, (String) null)).toList();
		for (Parsed moduleFile : module) {
			problems.addAll(moduleFile.problems());
		}
		for (Parsed moduleFile : module) {
			if (moduleFile.resource() != null) {
				problems.addAll(validate(moduleFile.resource(), moduleFile.path()));
			}
		}
		problems.addAll(validate(adaptation.resource(), file));
		problems.sort(Problem.BY_PLACE);
		return new LoadedModule(file.getParent(), List.of(file), CourseModule.of(adaptation.resource()), problems);
	}

	/** The .course files of a module folder, in name order. */
	private static List<Path> moduleFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(FILE_EXTENSION) && Files.isRegularFile(p))
					.map(p -> p.toAbsolutePath().normalize()).sorted().toList();
		}
	}

	private LoadedModule loadFolder(Path folder, Set<Path> reported) {
		return loadFolder(folder, reported, Map.of());
	}

	private LoadedModule loadFolder(Path folder, Set<Path> reported, Map<Path, String> unsaved) {
		SynchronizedXtextResourceSet resourceSet = resourceSets.get();
		List<Problem> problems = new ArrayList<>();
		List<Path> files;
		try {
			files = moduleFiles(folder);
		} catch (IOException e) {
			files = List.copyOf(reported);
		}
		Map<Resource, Path> loaded = new LinkedHashMap<>();
		if (!unsaved.isEmpty() && !files.containsAll(unsaved.keySet())) {
			List<Path> withUnsaved = new ArrayList<>(files);
			unsaved.keySet().stream().filter(f -> !withUnsaved.contains(f)).forEach(withUnsaved::add);
			files = withUnsaved;
		}
		// Files parse on all cores: parsing reads only its own text, and the resource set is
		// synchronized. Linking and checking below stay on this thread, since following a
		// link writes into the model of the file it leads to.
		List<Parsed> parsed = (files.size() > 1 ? files.parallelStream() : files.stream())
				.map(file -> parse(resourceSet, file, unsaved.get(file))).toList();
		for (Parsed file : parsed) {
			if (reported.contains(file.path())) {
				problems.addAll(file.problems());
			}
			if (file.resource() != null) {
				loaded.put(file.resource(), file.path());
			}
		}
		loaded.forEach((resource, file) -> {
			if (reported.contains(file)) {
				problems.addAll(validate(resource, file));
			} else {
				resolveLinks(resource);
			}
		});
		problems.sort(Problem.BY_PLACE);
		CourseModule model = loaded.isEmpty() ? null : CourseModule.of(loaded.keySet().iterator().next());
		return new LoadedModule(folder, List.copyOf(reported), model, problems);
	}

	/** A file as read: its resource (null when it could not be read) and the problems reading found. */
	private record Parsed(Path path, Resource resource, List<Problem> problems) {
	}

	private Parsed parse(SynchronizedXtextResourceSet resourceSet, Path file, String unsavedText) {
		List<Problem> problems = new ArrayList<>();
		Resource resource = unsavedText != null ? parseText(resourceSet, file, unsavedText, problems)
				: parse(resourceSet, file, problems);
		return new Parsed(file, resource, problems);
	}

	private Resource parse(SynchronizedXtextResourceSet resourceSet, Path file, List<Problem> problems) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		} catch (IOException | OutOfMemoryError e) {
			problems.add(new Problem(file, 1, 1, Severity.ERROR, IssueCodes.UNREADABLE_FILE, "This file cannot be read: " + e.getMessage()));
			return null;
		}
		SourceText source = SourceText.decode(bytes);
		if (source instanceof SourceText.Unreadable unreadable) {
			problems.add(new Problem(file, unreadable.line(), unreadable.column(), Severity.ERROR, IssueCodes.UNREADABLE_FILE,
					unreadable.message()));
			return null;
		}
		return parseText(resourceSet, file, ((SourceText.Readable) source).text(), problems);
	}

	private Resource parseText(SynchronizedXtextResourceSet resourceSet, Path file, String text, List<Problem> problems) {
		problems.addAll(LongLines.in(file, text));
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		try {
			// the text is already decoded: Xtext reads a LazyStringInputStream's string as it is, without encoding it again
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
			return resource;
		} catch (IOException | RuntimeException | StackOverflowError e) {
			resourceSet.getResources().remove(resource);
			problems.add(internalError(file, "reading", e));
			return null;
		}
	}

	private List<Problem> validate(Resource resource, Path file) {
		List<Problem> problems = new ArrayList<>();
		List<Issue> issues;
		try {
			issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		} catch (RuntimeException | StackOverflowError e) {
			return List.of(internalError(file, "checking", e));
		}
		int syntaxErrors = 0;
		for (Issue issue : issues) {
			if (issue.getSeverity() != org.eclipse.xtext.diagnostics.Severity.ERROR
					&& issue.getSeverity() != org.eclipse.xtext.diagnostics.Severity.WARNING) {
				continue;
			}
			if (IssueCodes.SYNTAX.equals(issue.getCode()) && ++syntaxErrors > MAX_SYNTAX_ERRORS_PER_FILE) {
				continue;
			}
			Severity severity = issue.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
			problems.add(new Problem(file, orOne(issue.getLineNumber()), orOne(issue.getColumn()), severity,
					issue.getCode() == null ? IssueCodes.SYNTAX : issue.getCode(), issue.getMessage()));
		}
		if (syntaxErrors > MAX_SYNTAX_ERRORS_PER_FILE) {
			Problem last = problems.stream().filter(p -> IssueCodes.SYNTAX.equals(p.code())).reduce((a, b) -> b).orElseThrow();
			problems.add(new Problem(file, last.line(), last.column(), Severity.ERROR, IssueCodes.SYNTAX,
					(syntaxErrors - MAX_SYNTAX_ERRORS_PER_FILE) + " more syntax errors follow; fix the first ones and check again."));
		}
		return problems;
	}

	/**
	 * Links are otherwise resolved when first followed, which writes into the model; an editor
	 * shares a loaded module between threads, so everything is resolved while it is still
	 * private to this one. Checking a file resolves its links already.
	 */
	private static void resolveLinks(Resource resource) {
		try {
			EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		} catch (RuntimeException | StackOverflowError e) {
			// an unresolvable link stays a proxy, which readers already treat as missing
		}
	}

	private static int orOne(Integer value) {
		return value == null || value < 1 ? 1 : value;
	}

	private static Problem internalError(Path file, String doing, Throwable e) {
		return new Problem(file, 1, 1, Severity.ERROR, IssueCodes.INTERNAL_ERROR, "Coursewright failed while " + doing
				+ " this file (" + e.getClass().getSimpleName() + "). Please report this with the file attached.");
	}
}
