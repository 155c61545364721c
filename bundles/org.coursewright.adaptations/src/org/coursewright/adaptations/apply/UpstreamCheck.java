package org.coursewright.adaptations.apply;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.coursewright.adaptations.changes.WordDiff;
import org.coursewright.dsl.course.Addition;
import org.coursewright.dsl.course.Block;
import org.coursewright.dsl.course.Change;
import org.coursewright.dsl.course.CourseFile;
import org.coursewright.dsl.course.Hide;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.dsl.loading.Problem.Severity;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * Holds an adaptation against the module as it is now and the bases in its lock: a field the
 * tutor changed whose module value moved on since it was accepted is a warning with the three
 * texts; an element named that is gone is an error saying what was lost. Nothing the module
 * team changed under a tutor's change passes without a word.
 */
final class UpstreamCheck {

	private final Path file;
	private final Optional<LockFile> lock;
	private final Numbering numbering;
	private final List<Problem> problems;
	private final List<UpstreamChange> upstreamChanges = new ArrayList<>();

	private UpstreamCheck(Path file, Optional<LockFile> lock, Numbering numbering, List<Problem> problems) {
		this.file = file;
		this.lock = lock;
		this.numbering = numbering;
		this.problems = problems;
	}

	/** The loaded problems with the adaptation's own added, and the plain "no such id" made specific where the lock knows more. */
	static List<Problem> of(Path file, CourseFile adaptation, Optional<LockFile> lock, Numbering numbering, List<Problem> loaded) {
		return run(file, adaptation, lock, numbering, loaded).problems;
	}

	/** The fields the module changed under the tutor's changes. */
	static List<UpstreamChange> changes(Path file, CourseFile adaptation, Optional<LockFile> lock, Numbering numbering) {
		return run(file, adaptation, lock, numbering, List.of()).upstreamChanges;
	}

	private static UpstreamCheck run(Path file, CourseFile adaptation, Optional<LockFile> lock, Numbering numbering, List<Problem> loaded) {
		UpstreamCheck check = new UpstreamCheck(file, lock, numbering, new ArrayList<>(loaded));
		for (EObject adjustment : Adjustments.of(adaptation)) {
			EObject target = Adjustments.target(adjustment);
			if (target == null) {
				check.gone(adjustment);
			} else if (adjustment instanceof Change change) {
				check.fields(change, target);
			}
		}
		check.problems.sort(Problem.BY_PLACE);
		return check;
	}

	private void fields(Change change, EObject target) {
		String id = ChangedField.idOf(target);
		String name = ElementNames.of(target, numbering);
		List<String> unaccepted = new ArrayList<>();
		for (ChangedField field : ChangedField.setIn(change)) {
			Optional<String> base = lock.flatMap(l -> l.base(id, field));
			String now = field.textOf(target);
			if (base.isEmpty()) {
				unaccepted.add(field.label());
			} else if (!base.get().equals(now)) {
				upstreamChanges.add(new UpstreamChange(id, name, field.label(), base.get(), now, field.textOf(change),
						lineOf(change, firstFeature(change, field))));
				add(change, firstFeature(change, field), Severity.WARNING, IssueCodes.ADAPTATION_UPSTREAM_CHANGED, name
						+ ": the module changed its " + field.label() + " since you accepted it; yours is kept. Base: "
						+ quoted(base.get()) + ". Module now: " + quoted(now) + ". Yours: " + quoted(field.textOf(change))
						+ ". The module's change: " + WordDiff.of(base.get(), now));
			}
		}
		if (!unaccepted.isEmpty()) {
			add(change, Adjustments.namingFeature(change), Severity.WARNING, IssueCodes.ADAPTATION_NOT_ACCEPTED, name + ": your change"
					+ " of its " + inWords(unaccepted) + " has no base yet. Run 'coursewright adapt accept " + file.getFileName() + " "
					+ id + "' so that the module's later changes to " + (unaccepted.size() == 1 ? "it" : "them") + " are reported.");
		}
	}

	/** "timing", "timing and instructions", "timing, instructions and tutor note". */
	static String inWords(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private void gone(EObject adjustment) {
		String id = Adjustments.writtenId(adjustment);
		Optional<LockFile.Entry> was = lock.flatMap(l -> l.entry(id));
		if (was.isEmpty()) {
			return; // the "no such id" from linking says it all
		}
		LineAndColumn place = placeOf(adjustment, Adjustments.namingFeature(adjustment));
		problems.removeIf(p -> p.file().equals(file) && p.line() == place.getLine() && p.column() == place.getColumn()
				&& IssueCodes.UNKNOWN_TARGET.equals(p.code()));
		String lost = "'" + id + "' is no longer in the module (it was " + was.get().was() + ")";
		if (adjustment instanceof Change change) {
			add(adjustment, Adjustments.namingFeature(adjustment), Severity.ERROR, IssueCodes.ADAPTATION_TARGET_GONE, lost
					+ ": your change of its " + inWords(ChangedField.setIn(change).stream().map(ChangedField::label).toList())
					+ " is lost.");
		} else if (adjustment instanceof Addition addition) {
			add(adjustment, Adjustments.namingFeature(adjustment), Severity.ERROR, IssueCodes.ADAPTATION_TARGET_GONE, lost
					+ ": what you add " + (addition.isAfter() ? "after" : "before") + " it (" + added(addition)
					+ ") has no place. Add it after or before another element.");
		} else if (adjustment instanceof Hide) {
			add(adjustment, Adjustments.namingFeature(adjustment), Severity.WARNING, IssueCodes.ADAPTATION_TARGET_GONE, lost
					+ ", so there is nothing to hide. Take this line out.");
		}
	}

	private static String added(Addition addition) {
		return addition.getBlocks().stream().map(UpstreamCheck::shortName).collect(Collectors.joining(", "));
	}

	private static String shortName(Block block) {
		String id = ChangedField.idOf(block);
		String kind = ElementNames.kind(block);
		return id == null ? kind.toLowerCase(java.util.Locale.ROOT) : kind + " '" + id + "'";
	}

	/** The first feature of the field the change writes: where a report about the field points. */
	private static EStructuralFeature firstFeature(Change change, ChangedField field) {
		for (EStructuralFeature feature : change.eClass().getEAllStructuralFeatures()) {
			if (change.eIsSet(feature) && field.covers(feature.getName())) {
				return feature;
			}
		}
		return Adjustments.namingFeature(change);
	}

	/** Where a feature of an element is written (the element itself when the feature is not written). */
	private static LineAndColumn placeOf(EObject element, EStructuralFeature feature) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		INode node = nodes.isEmpty() ? NodeModelUtils.getNode(element) : nodes.get(0);
		return NodeModelUtils.getLineAndColumn(node, node.getOffset());
	}

	private static int lineOf(EObject element, EStructuralFeature feature) {
		return placeOf(element, feature).getLine();
	}

	private void add(EObject element, EStructuralFeature feature, Severity severity, String code, String message) {
		LineAndColumn place = placeOf(element, feature);
		problems.add(new Problem(file, place.getLine(), place.getColumn(), severity, code, message));
	}

	private static String quoted(String text) {
		return "\u201c" + text.replaceAll("\\s+", " ").strip() + "\u201d";
	}
}
