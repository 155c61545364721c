package org.coursewright.dsl.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.prose.ProseFeatures;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * Every place in a module's files where an id or a bibliography key is written: where it is
 * declared, where the language refers to it ({@code serves lo1}, {@code from day2010},
 * {@code cite …}, an adaptation's {@code change …}) and where prose does ({@code [[id]]},
 * {@code [[id|text]]}, {@code [@key]}, {@code @key}). A word of prose that happens to spell an
 * id is not an occurrence. What renaming and Find References work from.
 */
public final class NameOccurrences {

	/** Where a name is written: the file, the offset and length of the name itself, and whether it is declared there. */
	public record Occurrence(Path file, int offset, int length, boolean declaration) {
	}

	/** An id's own characters, as the grammar's ID terminal allows them. */
	public static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

	private NameOccurrences() {
	}

	/**
	 * Why a name cannot be renamed to another, or empty when it can: the new name must be an id
	 * and must not be taken by another element or entry (ids and keys share one namespace).
	 */
	public static Optional<String> whyNotRename(CourseModule module, String name, String newName, ProseFeatures prose) {
		if (!ID.matcher(newName).matches()) {
			return Optional.of("'" + newName + "' is not an id: start with a letter, then letters, digits, - or _");
		}
		ModuleIndex index = ModuleIndex.of(module, prose); // imported entries' keys are among its ids
		if (!newName.equals(name) && index.isTarget(newName)) {
			return Optional.of("'" + newName + "' is already the id or key of something else in the module");
		}
		if (declaration(module, name).isEmpty()) {
			return Optional.of(index.isTarget(name) ? "'" + name + "' is the key of an entry in an imported bibliography file: change it there"
					: "nothing in the module is called '" + name + "'");
		}
		return Optional.empty();
	}

	/** The element or bibliography entry of the module's .course files that declares the name, if one does. */
	public static Optional<EObject> declaration(CourseModule module, String name) {
		return module.allElements().filter(e -> name.equals(SimpleAttributeResolver.NAME_RESOLVER.apply(e))).findFirst();
	}

	/** Every occurrence of the name in the module's .course files, in file and text order; empty when nothing declares it. */
	public static List<Occurrence> of(CourseModule module, String name, ProseFeatures prose) {
		Optional<EObject> declared = declaration(module, name);
		if (declared.isEmpty()) {
			return List.of();
		}
		boolean isKey = declared.get() instanceof Reference;
		Pattern inProse = isKey
				? Pattern.compile("(?<![\\p{L}\\p{N}_.%+\\-])@(" + Pattern.quote(name) + ")(?![\\p{L}\\p{N}_\\-]|[.:][\\p{L}\\p{N}])")
				: Pattern.compile("\\[\\[\\s*(" + Pattern.quote(name) + ")\\s*(?:\\|[^\\]]*)?\\]\\]");
		List<Occurrence> found = new ArrayList<>();
		for (CourseFile file : module.files()) {
			Resource resource = file.eResource();
			Path path = Path.of(resource.getURI().toFileString());
			for (var contents = resource.getAllContents(); contents.hasNext();) {
				EObject element = contents.next();
				if (element == declared.get()) {
					nameNode(element).ifPresent(node -> found.add(new Occurrence(path, node.getOffset(), node.getLength(), true)));
				}
				for (EReference reference : element.eClass().getEAllReferences()) {
					if (!reference.isContainment() && !reference.isContainer()) {
						for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
							addIfNamed(node, name, path, found);
						}
					}
				}
				for (EStructuralFeature text : prose.of(element)) {
					for (INode node : NodeModelUtils.findNodesForFeature(element, text)) {
						for (ILeafNode leaf : node.getLeafNodes()) {
							Matcher written = inProse.matcher(leaf.getText());
							while (written.find()) {
								found.add(new Occurrence(path, leaf.getOffset() + written.start(1), name.length(), false));
							}
						}
					}
				}
			}
		}
		found.sort(Comparator.comparing((Occurrence o) -> o.file().toString()).thenComparingInt(Occurrence::offset));
		return found;
	}

	private static Optional<ILeafNode> nameNode(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? Optional.empty() : NodeModelUtils.findNodesForFeature(element, name).stream()
				.flatMap(node -> StreamSupport.stream(node.getLeafNodes().spliterator(), false))
				.filter(leaf -> !leaf.isHidden()).findFirst();
	}

	/** A cross-reference written with exactly this name (lists such as "serves lo1, lo3" have a node per name). */
	private static void addIfNamed(INode node, String name, Path path, List<Occurrence> found) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals(name)) {
				found.add(new Occurrence(path, leaf.getOffset(), leaf.getLength(), false));
			}
		}
	}
}
