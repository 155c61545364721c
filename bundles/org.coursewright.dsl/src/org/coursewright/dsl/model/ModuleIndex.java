package org.coursewright.dsl.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Citation;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.dsl.prose.ProseFeatures;
import org.coursewright.dsl.prose.ProseScanner;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * What a module declares and uses, gathered in one pass: its ids, its bibliography keys,
 * the keys cited anywhere and the outcomes some activity serves. Checks that look across
 * the module ask this instead of walking the whole module for every element, and all checks
 * of all the module's files share one index, so checking grows with the size of the module,
 * not with its size times its number of files.
 */
public final class ModuleIndex {

	private final CourseModule module;
	/** Every id and the elements (or imported entries) that have it, in reading order. */
	private final Map<String, List<EObject>> ids = new LinkedHashMap<>();
	private final Set<String> referenceKeys = new HashSet<>();
	private final Set<String> citedKeys = new HashSet<>();
	private final Set<Outcome> servedOutcomes = new HashSet<>();
	/** Found once: every file's check asks for them. */
	private List<List<EObject>> duplicateIds;

	private ModuleIndex(CourseModule module) {
		this.module = module;
	}

	/** The module's index, made the first time any check of the module asks for it. */
	public static ModuleIndex of(CourseModule module, ProseFeatures proseFeatures) {
		return module.derived(ModuleIndex.class, m -> make(m, proseFeatures));
	}

	private static ModuleIndex make(CourseModule module, ProseFeatures proseFeatures) {
		ModuleIndex index = new ModuleIndex(module);
		module.references().forEach(r -> index.referenceKeys.add(r.getName()));
		module.allElements().forEach(element -> {
			String id = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
			if (id != null) {
				index.ids.computeIfAbsent(id, k -> new ArrayList<>(1)).add(element);
			}
			if (element instanceof Reading reading) {
				index.cite(reading.getSource());
			} else if (element instanceof Citation citation) {
				index.cite(citation.getSource());
			} else if (element instanceof Activity activity) {
				index.servedOutcomes.addAll(activity.getServes());
			} else if (element instanceof ForumPrompt forum) {
				index.servedOutcomes.addAll(forum.getServes());
			}
			for (String text : proseFeatures.texts(element)) {
				ProseScanner.citations(text).forEach(c -> c.items().stream().map(CitationItem::key).forEach(index.citedKeys::add));
			}
		});
		module.importedReferences().forEach(r -> index.ids.computeIfAbsent(r.getName(), k -> new ArrayList<>(1)).add(r));
		index.duplicateIds = index.ids.values().stream().filter(sameId -> sameId.size() > 1).toList();
		return index;
	}

	private void cite(Reference reference) {
		if (reference != null && !reference.eIsProxy()) {
			citedKeys.add(reference.getName());
		}
	}

	public CourseModule module() {
		return module;
	}

	/** Whether any element of the module, or any bibliography entry, has this id. */
	public boolean isTarget(String id) {
		return ids.containsKey(id); // imported entries are in ids too
	}

	/** The ids that more than one element or entry has, each with all of them in reading order. */
	public List<List<EObject>> duplicateIds() {
		return duplicateIds;
	}

	public boolean isReferenceKey(String key) {
		return referenceKeys.contains(key);
	}

	public boolean isCited(String key) {
		return citedKeys.contains(key);
	}

	public boolean isServed(Outcome outcome) {
		return servedOutcomes.contains(outcome);
	}
}
