package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.Optional;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Timing;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.publish.html.Timings;
import org.coursewright.publish.references.UnknownStyleException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.DefaultInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * What a name stands for, shown on hover: for a bibliography key, the reference as the
 * module's style formats it; for an activity, forum prompt or reading, its number and timing.
 */
public class CourseHover implements ITextHover, ITextHoverExtension {

	/**
	 * A plain text control that takes the size of its text (wrapped at the hover's greatest
	 * width): a one-line label gets a one-line hover, a reference as many lines as it needs.
	 */
	@Override
	public IInformationControlCreator getHoverControlCreator() {
		return parent -> new DefaultInformationControl(parent, EditorsUI.getTooltipAffordanceString(), new WrappingPresenter());
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		int start = offset;
		int end = offset;
		try {
			while (start > 0 && isNamePart(document.getChar(start - 1))) {
				start--;
			}
			while (end < document.getLength() && isNamePart(document.getChar(end))) {
				end++;
			}
		} catch (BadLocationException e) {
			return null;
		}
		return end > start ? new Region(start, end - start) : null;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		if (region == null) {
			return null;
		}
		IDocument document = viewer.getDocument();
		Path file = DocumentFiles.pathOf(document).orElse(null);
		if (file == null) {
			return null;
		}
		String name;
		try {
			name = document.get(region.getOffset(), region.getLength());
		} catch (BadLocationException e) {
			return null;
		}
		LoadedModule module = EditedModules.load(file, document.get());
		return module.model() == null ? null : describe(module.model(), name).orElse(null);
	}

	/** The hover text for a name in a module, if the name means something there. */
	public static Optional<String> describe(CourseModule module, String name) {
		if (module.references().stream().anyMatch(r -> name.equals(r.getName()))) {
			try {
				return Optional.of(ModuleReferences.of(module).entry(name));
			} catch (UnknownStyleException e) {
				return Optional.of(e.getMessage());
			}
		}
		Numbering numbering = Numbering.of(module);
		return module.allElements().filter(e -> name.equals(SimpleAttributeResolver.NAME_RESOLVER.apply(e))).findFirst()
				.map(element -> label(numbering, element));
	}

	private static String label(Numbering numbering, EObject element) {
		String label = numbering.labelOf(element);
		String title = element.eClass().getEStructuralFeature("title") == null ? null
				: (String) element.eGet(element.eClass().getEStructuralFeature("title"));
		Timing timing = element instanceof Activity a ? a.getTiming() : element instanceof ForumPrompt f ? f.getTiming()
				: element instanceof Reading r ? r.getTiming() : null;
		StringBuilder text = new StringBuilder(label == null ? Optional.ofNullable(title).orElse(element.eClass().getName()) : label);
		if (label != null && title != null) {
			text.append(' ').append(title);
		}
		if (timing != null) {
			text.append(" — ").append(Timings.allow(timing));
		}
		return text.toString();
	}

	private static boolean isNamePart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.';
	}
}
