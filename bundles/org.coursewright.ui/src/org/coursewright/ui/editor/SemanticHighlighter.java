package org.coursewright.ui.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.ide.highlighting.CourseHighlightingStyles;
import org.coursewright.ui.CourseUi;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic colouring over the lexical one: ids where declared and where used, citations and
 * cross-references inside prose. The language's {@link ISemanticHighlightingCalculator} finds
 * them after each pause in typing; between passes they are document positions, so they move
 * with the text as it is edited.
 */
public class SemanticHighlighter extends EditedModuleReconciler implements ITextPresentationListener {

	public static final RGB DECLARATION = new RGB(0, 0, 192);
	public static final RGB REFERENCE = new RGB(0, 110, 160);
	public static final RGB CITATION = new RGB(150, 70, 0);
	public static final RGB CROSS_REFERENCE = new RGB(0, 125, 90);

	private static final Map<String, StyleRange> STYLES = Map.of(
			CourseHighlightingStyles.DECLARATION_ID, style(DECLARATION, SWT.BOLD),
			CourseHighlightingStyles.REFERENCE_ID, style(REFERENCE, SWT.ITALIC),
			CourseHighlightingStyles.CITATION_ID, style(CITATION, SWT.BOLD),
			CourseHighlightingStyles.CROSS_REFERENCE_ID, style(CROSS_REFERENCE, SWT.BOLD));

	private static final String CATEGORY = "org.coursewright.ui.semanticHighlighting";

	/** A coloured stretch of the document; the position is kept current by the document. */
	private record Highlight(Position position, StyleRange style) {
	}

	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private ITextViewer viewer;
	private IDocument document;
	private List<Highlight> highlights = List.of();

	public SemanticHighlighter() {
		super(250);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		viewer = textViewer;
		if (textViewer instanceof ITextViewerExtension4 presentations) {
			presentations.addTextPresentationListener(this);
		}
	}

	@Override
	public void uninstall() {
		if (viewer instanceof ITextViewerExtension4 presentations) {
			presentations.removeTextPresentationListener(this);
		}
		forgetDocument();
		super.uninstall();
	}

	@Override
	protected void reconciled(Edited edited) {
		XtextResource resource = edited.resource();
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		List<Highlight> found = new ArrayList<>();
		CourseUi.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, styles) -> {
					StyleRange style = styles.length == 0 ? null : STYLES.get(styles[0]);
					if (style != null && length > 0) {
						found.add(new Highlight(new Position(offset, length), style));
					}
				}, CancelIndicator.NullImpl);
		showIfCurrent(edited, () -> show(edited, found));
	}

	/** On the display thread: replaces the highlights with those of the text as it is now. */
	private void show(Edited edited, List<Highlight> found) {
		if (document != edited.document()) {
			forgetDocument();
			document = edited.document();
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
		try {
			document.removePositionCategory(CATEGORY);
			document.addPositionCategory(CATEGORY);
			for (Highlight highlight : found) {
				document.addPosition(CATEGORY, highlight.position());
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return;
		}
		highlights = found;
		viewer.invalidateTextPresentation();
	}

	private void forgetDocument() {
		if (document != null) {
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// never added
			}
			document.removePositionUpdater(updater);
			document = null;
		}
		highlights = List.of();
	}

	/** Lays the semantic colours over each presentation the lexical colouring makes (model offsets). */
	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int start = extent.getOffset();
		int end = start + extent.getLength();
		for (Highlight highlight : highlights) {
			Position position = highlight.position();
			if (!position.isDeleted() && position.getOffset() < end && position.getOffset() + position.getLength() > start) {
				StyleRange range = (StyleRange) highlight.style().clone();
				range.start = Math.max(start, position.getOffset());
				range.length = Math.min(end, position.getOffset() + position.getLength()) - range.start;
				presentation.mergeStyleRange(range);
			}
		}
	}

	private static StyleRange style(RGB colour, int fontStyle) {
		return new StyleRange(0, 0, new Color(colour), null, fontStyle);
	}
}
