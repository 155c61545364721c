package org.coursewright.adaptations.apply;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.coursewright.dsl.course.Change;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.dsl.loading.Problem.Severity;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Adaptations as the commands meet them: a loaded adaptation is held against its lock and,
 * when nothing is wrong, applied, giving the adapted module to publish or pack; and accepting
 * records the module's current values as the new bases.
 */
public final class AdaptedModules {

	private AdaptedModules() {
	}

	/**
	 * The adapted module of a freshly loaded adaptation (any other module as it is), with what
	 * holding the adaptation against its lock found. The loaded model is changed: load afresh
	 * for each use.
	 */
	public static LoadedModule applied(LoadedModule loaded) {
		Optional<CourseFile> adaptation = adaptationOf(loaded);
		if (adaptation.isEmpty()) {
			return loaded;
		}
		LoadedModule checked = checked(loaded);
		if (checked.hasErrors()) {
			return checked;
		}
		Application.apply(adaptation.get());
		Resource resource = adaptation.get().eResource();
		CourseModule.forget(resource.getResourceSet());
		return new LoadedModule(loaded.folder(), loaded.files(), CourseModule.of(resource), checked.problems());
	}

	/**
	 * A loaded adaptation (any other module as it is) with what holding it against its lock
	 * finds, without applying it: the model is only read, so an editor may share it.
	 */
	public static LoadedModule checked(LoadedModule loaded) {
		Optional<CourseFile> adaptation = adaptationOf(loaded);
		if (adaptation.isEmpty()) {
			return loaded;
		}
		Path file = loaded.files().get(0);
		Optional<LockFile> lock;
		List<Problem> problems = new ArrayList<>(loaded.problems());
		try {
			lock = LockFile.read(file);
		} catch (IOException e) {
			lock = Optional.empty();
			problems.add(new Problem(LockFile.beside(file), 1, 1, Severity.ERROR, IssueCodes.UNREADABLE_FILE, e.getMessage()
					+ ". Delete it and run 'coursewright adapt accept " + file.getFileName() + "' to write it again."));
		}
		problems = UpstreamCheck.of(file, adaptation.get(), lock, Numbering.of(loaded.model()), problems);
		return new LoadedModule(loaded.folder(), loaded.files(), loaded.model(), problems);
	}

	/** The fields the module changed under the tutor's changes since they were accepted; none for a module. */
	public static List<UpstreamChange> upstreamChanges(LoadedModule loaded) {
		Optional<CourseFile> adaptation = adaptationOf(loaded);
		if (adaptation.isEmpty()) {
			return List.of();
		}
		Path file = loaded.files().get(0);
		try {
			return UpstreamCheck.changes(file, adaptation.get(), LockFile.read(file), Numbering.of(loaded.model()));
		} catch (IOException e) {
			return List.of();
		}
	}

	/** The id of the module element named by the change, hide or addition written on the given line, if any. */
	public static Optional<String> idAt(LoadedModule loaded, int line) {
		return adaptationOf(loaded).flatMap(adaptation -> Adjustments.of(adaptation).stream().filter(adjustment -> {
			ICompositeNode node = NodeModelUtils.getNode(adjustment);
			return node != null && node.getStartLine() <= line && line <= node.getEndLine();
		}).map(Adjustments::writtenId).findFirst());
	}

	/** What accepting wrote: the ids whose bases were recorded. */
	public record Accepted(Path lock, List<String> ids) {
	}

	/**
	 * Records, for the given ids (all the adaptation names when none are given), how the module
	 * shows each element now and its current value of each field the tutor changes, and writes
	 * the lock. Elements no longer in the module keep what was recorded, so that the error
	 * saying what was lost stays until the tutor takes the change out.
	 */
	public static Accepted accept(LoadedModule loaded, Set<String> ids) throws IOException {
		CourseFile adaptation = adaptationOf(loaded).orElseThrow(() -> new IOException(loaded.files() + " is not an adaptation"));
		Path file = loaded.files().get(0);
		Optional<LockFile> old = LockFile.read(file);
		Numbering numbering = Numbering.of(loaded.model());
		Map<String, LockFile.Entry> entries = new LinkedHashMap<>();
		List<String> accepted = new ArrayList<>();
		for (EObject adjustment : Adjustments.of(adaptation)) {
			String id = Adjustments.writtenId(adjustment);
			EObject target = Adjustments.target(adjustment);
			Optional<LockFile.Entry> kept = old.flatMap(lock -> lock.entry(id));
			if (target == null || (!ids.isEmpty() && !ids.contains(id))) {
				kept.ifPresent(entry -> entries.merge(id, entry, AdaptedModules::merged));
				continue;
			}
			TreeMap<String, String> fields = new TreeMap<>();
			if (adjustment instanceof Change change) {
				ChangedField.setIn(change).forEach(field -> fields.put(field.label(), field.textOf(target)));
			}
			entries.merge(id, new LockFile.Entry(ElementNames.withPlace(target, numbering), fields), AdaptedModules::merged);
			if (!accepted.contains(id)) {
				accepted.add(id);
			}
		}
		String code = loaded.model().header().map(h -> h.getCode()).orElse(null);
		new LockFile(code, entries).write(file);
		return new Accepted(LockFile.beside(file), accepted);
	}

	/** An element named twice (changed, and an addition placed by it) keeps the fields of both. */
	private static LockFile.Entry merged(LockFile.Entry a, LockFile.Entry b) {
		TreeMap<String, String> fields = new TreeMap<>(a.fields());
		fields.putAll(b.fields());
		return new LockFile.Entry(b.was(), fields);
	}

	private static Optional<CourseFile> adaptationOf(LoadedModule loaded) {
		if (loaded.model() == null || loaded.files().size() != 1 || !ModuleLoader.isAdaptation(loaded.files().get(0))) {
			return Optional.empty();
		}
		return loaded.model().files().stream().filter(f -> f.getAdaptation() != null).findFirst();
	}
}
