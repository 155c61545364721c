package org.coursewright.ui.element;

import static org.coursewright.dsl.course.CoursePackage.Literals.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.CourseFactory;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.ResponseBox;
import org.coursewright.dsl.model.CourseModule;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** The fields of the form for one kind of element, in the order a designer fills them in. */
final class ElementForm {

	private final List<FormField> fields = new ArrayList<>();
	private final Composite form;
	private final FieldEdits edits;

	private ElementForm(Composite form, FieldEdits edits) {
		this.form = form;
		this.edits = edits;
	}

	/** The form for the element's kind, its fields created in the composite (a two-column grid). */
	static ElementForm of(EObject element, Composite form, FieldEdits edits) {
		ElementForm fields = new ElementForm(form, edits);
		if (element instanceof Activity) {
			fields.text("Title", ACTIVITY__TITLE).choice("Type", ACTIVITY__TYPE).timing(ACTIVITY__TIMING)
					.outcomes(ACTIVITY__SERVES).responseBox();
		} else if (element instanceof ForumPrompt) {
			fields.text("Title", FORUM_PROMPT__TITLE).timing(FORUM_PROMPT__TIMING).text("Post by", FORUM_PROMPT__POST_BY)
					.outcomes(FORUM_PROMPT__SERVES);
		} else if (element instanceof Reading) {
			fields.choice("Status", READING__STATUS).timing(READING__TIMING);
		} else if (element instanceof Figure) {
			fields.text("Caption", FIGURE__CAPTION).file("File", FIGURE__FILE).text("Source", FIGURE__SOURCE);
		} else if (element instanceof Media) {
			fields.text("Title", MEDIA__TITLE).file("File", MEDIA__FILE).file("Captions", MEDIA__CAPTIONS_FILE)
					.length().text("Caption", MEDIA__CAPTION).text("Address", MEDIA__URL);
		}
		return fields;
	}

	void show(EObject element, CourseModule module) {
		for (FormField field : fields) {
			field.show(element, module);
		}
	}

	private ElementForm text(String label, EStructuralFeature feature) {
		fields.add(new TextField(form, label, feature, edits));
		return this;
	}

	private ElementForm file(String label, EStructuralFeature feature) {
		fields.add(new FileField(form, label, feature, edits));
		return this;
	}

	private ElementForm outcomes(EReference feature) {
		fields.add(new OutcomesField(form, feature, edits));
		return this;
	}

	/** A word of the language's enum, shown only when the module writes it (EMF cannot tell a default word from none). */
	private ElementForm choice(String label, EAttribute feature) {
		EEnum words = (EEnum) feature.getEType();
		List<String> choices = new ArrayList<>(List.of(ChoiceField.NONE));
		words.getELiterals().forEach(literal -> choices.add(literal.getLiteral()));
		Function<EObject, String> shown = element -> NodeModelUtils.findNodesForFeature(element, feature).isEmpty()
				? ChoiceField.NONE
				: ((org.eclipse.emf.common.util.Enumerator) element.eGet(feature)).getLiteral();
		Function<String, Function<EObject, Object>> read = word -> {
			EEnumLiteral literal = words.getEEnumLiteralByLiteral(word);
			return fresh -> literal == null ? null : literal.getInstance();
		};
		fields.add(new ChoiceField(form, label, choices, shown, read, feature, edits));
		return this;
	}

	private ElementForm timing(EReference feature) {
		fields.add(new TextField(form, "Timing", element -> Phrases.written((EObject) element.eGet(feature)),
				typed -> phrase(typed, Phrases.timing(typed).orElse(null), "a timing such as 'about 45 minutes' or 'up to 1 hour 30 minutes'"),
				feature, edits));
		return this;
	}

	private ElementForm length() {
		fields.add(new TextField(form, "Length", element -> Phrases.written(((Media) element).getLength()),
				typed -> phrase(typed, Phrases.duration(typed).orElse(null), "a length such as '12 minutes' or '1 hour 5 minutes'"),
				MEDIA__LENGTH, edits));
		return this;
	}

	/** The value of a typed phrase; a phrase the language does not read is refused and the text left alone. */
	private Function<EObject, Object> phrase(String typed, EObject parsed, String expected) {
		if (typed.isEmpty()) {
			return fresh -> null;
		}
		if (parsed == null) {
			edits.refuse("'" + typed + "' is not " + expected + ".");
			return null;
		}
		return fresh -> parsed;
	}

	private ElementForm responseBox() {
		List<String> sizes = List.of(ChoiceField.NONE, "small", "medium", "large");
		Function<EObject, String> shown = element -> {
			ResponseBox box = ((Activity) element).getResponse();
			return box == null ? ChoiceField.NONE : box.getSize().getLiteral();
		};
		Function<String, Function<EObject, Object>> read = word -> fresh -> {
			if (ChoiceField.NONE.equals(word)) {
				return null;
			}
			ResponseBox box = CourseFactory.eINSTANCE.createResponseBox();
			box.setSize(org.coursewright.dsl.course.BoxSize.get(word));
			return box;
		};
		fields.add(new ChoiceField(form, "Response box", sizes, shown, read, ACTIVITY__RESPONSE, edits));
		return this;
	}
}
