package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.ui.CourseUi;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.MonoReconciler;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;

/**
 * Checks the module as the designer types: the edited text, with the other files of its
 * folder as saved, through the same loader as the command line. Problems become error and
 * warning annotations (underlined, with the message and code as their text).
 */
public class ValidationReconciler extends MonoReconciler {

	public static final String ERROR = "org.eclipse.ui.workbench.texteditor.error";
	public static final String WARNING = "org.eclipse.ui.workbench.texteditor.warning";

	private final Strategy strategy;

	public ValidationReconciler() {
		this(new Strategy());
	}

	private ValidationReconciler(Strategy strategy) {
		super(strategy, false);
		this.strategy = strategy;
		setDelay(300);
	}

	@Override
	public void install(ITextViewer textViewer) {
		super.install(textViewer);
		strategy.viewer = textViewer instanceof ISourceViewer source ? source : null;
	}

	private static final class Strategy implements IReconcilingStrategy {

		private ISourceViewer viewer;
		private IDocument document;
		private List<Annotation> shown = new ArrayList<>();

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			reconcile(subRegion);
		}

		@Override
		public void reconcile(IRegion partition) {
			IAnnotationModel annotations = viewer == null ? null : viewer.getAnnotationModel();
			if (document == null || annotations == null) {
				return;
			}
			Path file = DocumentFiles.pathOf(document).orElse(null);
			if (file == null) {
				return;
			}
			LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).loadEdited(file, document.get());
			Map<Annotation, Position> added = new HashMap<>();
			for (Problem problem : module.problems()) {
				added.put(new ProblemAnnotation(problem.isError() ? ERROR : WARNING, problem.message() + " [" + problem.code() + "]",
						problem.code()), positionOf(problem));
			}
			if (annotations instanceof IAnnotationModelExtension extension) {
				extension.replaceAnnotations(shown.toArray(Annotation[]::new), added);
			} else {
				shown.forEach(annotations::removeAnnotation);
				added.forEach(annotations::addAnnotation);
			}
			shown = new ArrayList<>(added.keySet());
		}

		/** From line and column to the span of the word (or quoted text) that starts there. */
		private Position positionOf(Problem problem) {
			try {
				int line = Math.min(problem.line() - 1, document.getNumberOfLines() - 1);
				int lineEnd = document.getLineOffset(line) + document.getLineLength(line);
				int offset = Math.min(document.getLineOffset(line) + problem.column() - 1, document.getLength());
				int end = offset;
				while (end < lineEnd && !Character.isWhitespace(document.getChar(end))) {
					end++;
				}
				return new Position(offset, Math.max(1, end - offset));
			} catch (BadLocationException e) {
				return new Position(0, 0);
			}
		}
	}
}
