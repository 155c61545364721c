package org.coursewright.adaptations.apply;

import java.util.List;
import java.util.stream.Collectors;

import org.coursewright.dsl.course.Change;
import org.coursewright.dsl.course.ResponseBox;
import org.coursewright.dsl.course.Reveal;
import org.coursewright.dsl.course.Timing;
import org.coursewright.dsl.studytime.StudyTime;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * A field a tutor can change, as the module and the adaptation both write it: a change's
 * features have the names of the activity's or forum prompt's, so one field reads and writes
 * either. A field may span features ("expected length" is about N words or N–M words).
 */
public enum ChangedField {
	TIMING("timing", "timing"),
	INSTRUCTIONS("instructions", "instructions"),
	RESPONSE_BOX("response box", "response"),
	ANSWER_OR_DISCUSSION("answer or discussion", "reveal"),
	TUTOR_NOTE("tutor note", "tutorNote"),
	QUESTION("question", "question"),
	GUIDANCE("guidance", "guidance"),
	EXPECTED_LENGTH("expected length", "expectedWords", "fewestWords", "mostWords"),
	REPLIES("replies", "expectedReplies", "atLeast"),
	POST_BY("post-by date", "postBy"),
	SERVES("serves", "serves");

	private final String label;
	private final List<String> features;

	ChangedField(String label, String... features) {
		this.label = label;
		this.features = List.of(features);
	}

	/** What the designer calls the field, and its key in the lock file. */
	public String label() {
		return label;
	}

	/** Whether the named feature of a change belongs to this field. */
	boolean covers(String featureName) {
		return features.contains(featureName);
	}

	/** The fields a change sets, in the order above. */
	public static List<ChangedField> setIn(Change change) {
		return java.util.Arrays.stream(values()).filter(field -> field.isSetIn(change)).toList();
	}

	private boolean isSetIn(Change change) {
		if (this == EXPECTED_LENGTH) {
			return change.getExpectedWords() > 0 || change.getMostWords() > 0;
		}
		return change.eIsSet(feature(change, features.get(0)));
	}

	/** The field's value as text ("about 20 minutes", "at least 2 peers"), empty when the element has none. */
	public String textOf(EObject element) {
		EStructuralFeature first = feature(element, features.get(0));
		if (first == null) {
			return "";
		}
		Object value = element.eGet(first);
		return switch (this) {
			case TIMING -> value instanceof Timing timing ? StudyTime.words(timing) : "";
			case RESPONSE_BOX -> value instanceof ResponseBox box ? box.getSize().getLiteral() + " response box" : "";
			case ANSWER_OR_DISCUSSION -> value instanceof Reveal reveal ? reveal.getKind().getLiteral() + ": " + reveal.getText().strip() : "";
			case EXPECTED_LENGTH -> length(element);
			case REPLIES -> replies(element);
			case SERVES -> ((List<?>) value).stream().map(o -> o instanceof EObject outcome ? idOf(outcome) : "?")
					.collect(Collectors.joining(", "));
			default -> value instanceof String text ? text.strip() : "";
		};
	}

	private static String length(EObject element) {
		int about = (Integer) element.eGet(feature(element, "expectedWords"));
		int fewest = (Integer) element.eGet(feature(element, "fewestWords"));
		int most = (Integer) element.eGet(feature(element, "mostWords"));
		return about > 0 ? "about " + about + " words" : most > 0 ? fewest + "-" + most + " words" : "";
	}

	private static String replies(EObject element) {
		int replies = (Integer) element.eGet(feature(element, "expectedReplies"));
		boolean atLeast = (Boolean) element.eGet(feature(element, "atLeast"));
		return replies > 0 ? (atLeast ? "at least " : "") + replies + (replies == 1 ? " peer" : " peers") : "";
	}

	/** Gives the element the change's value of this field, all of its features together. */
	@SuppressWarnings("unchecked")
	void copy(Change change, EObject element) {
		for (String name : features) {
			EStructuralFeature from = feature(change, name);
			EStructuralFeature to = feature(element, name);
			if (!change.eIsSet(from)) {
				element.eUnset(to);
			} else if (from.isMany()) {
				// serves: the same outcomes of the module, not copies of them
				((List<Object>) element.eGet(to)).clear();
				((List<Object>) element.eGet(to)).addAll((List<Object>) change.eGet(from));
			} else if (change.eGet(from) instanceof EObject value) {
				element.eSet(to, EcoreUtil.copy(value));
			} else {
				element.eSet(to, change.eGet(from));
			}
		}
	}

	private static EStructuralFeature feature(EObject element, String name) {
		return element.eClass().getEStructuralFeature(name);
	}

	/** The element's id, or null when it has none. */
	static String idOf(EObject element) {
		return SimpleAttributeResolver.NAME_RESOLVER.apply(element);
	}
}
