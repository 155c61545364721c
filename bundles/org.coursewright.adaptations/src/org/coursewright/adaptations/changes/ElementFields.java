package org.coursewright.adaptations.changes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coursewright.dsl.course.Duration;
import org.coursewright.dsl.course.Locator;
import org.coursewright.dsl.course.Prose;
import org.coursewright.dsl.course.Quote;
import org.coursewright.dsl.course.ResponseBox;
import org.coursewright.dsl.course.Reveal;
import org.coursewright.dsl.course.Timing;
import org.coursewright.dsl.studytime.StudyTime;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a designer wrote for one element with an id, field by field, as text in the language's
 * own words ("timing" → "about 20 minutes", "response box" → "large"): what two versions of a
 * module are compared on. Elements with ids of their own (an activity in a session) are not
 * fields of their container; text without an id (prose, an unnamed quote) is, as "text".
 */
final class ElementFields {

	private ElementFields() {
	}

	static Map<String, String> of(EObject element) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.getName().equals("name") || !element.eIsSet(feature)) {
				continue;
			}
			Object value = element.eGet(feature);
			if (feature instanceof EAttribute) {
				// what the designer wrote is quoted; numbers and keywords are not
				fields.put(words(feature.getName()), value instanceof String text ? quoted(text) : String.valueOf(value));
			} else if (feature instanceof EReference reference && !reference.isContainment()) {
				fields.put(words(feature.getName()), ids(reference.isMany() ? (List<?>) value : List.of(value)));
			} else if (value instanceof Timing timing) {
				fields.put("timing", StudyTime.words(timing));
			} else if (value instanceof ResponseBox box) {
				fields.put("response box", box.getSize().getLiteral());
			} else if (value instanceof Reveal reveal) {
				fields.put(reveal.getKind().getLiteral(), quoted(reveal.getText()));
			} else if (value instanceof Locator locator) {
				fields.put("locator", locator.getKind().getLiteral() + " " + locator.getValue());
			} else if (value instanceof Duration duration) {
				fields.put(words(feature.getName()), StudyTime.words(StudyTime.minutes(duration)));
			} else if (value instanceof List<?> children) {
				String text = text(children);
				if (!text.isEmpty()) {
					fields.merge("text", quoted(text), (a, b) -> a + "\n\n" + b);
				}
			}
		}
		return fields;
	}

	/** Prose and unnamed quotes among an element's children: its own text. */
	private static String text(List<?> children) {
		List<String> texts = new ArrayList<>();
		for (Object child : children) {
			if (child instanceof Prose prose) {
				texts.add(prose.getText());
			} else if (child instanceof Quote quote && quote.getName() == null) {
				texts.add(quote.getText());
			}
		}
		return String.join("\n\n", texts);
	}

	private static String quoted(String text) {
		return "'" + text.strip() + "'";
	}

	private static String ids(List<?> targets) {
		return targets.stream().map(target -> target instanceof EObject object ? idOf(object) : String.valueOf(target))
				.collect(Collectors.joining(", "));
	}

	/** The element's id, or null when it has none. */
	static String idOf(EObject element) {
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		return name == null ? null : (String) element.eGet(name);
	}

	/** "expectedWords" → "expected words". */
	private static String words(String featureName) {
		return featureName.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}
}
