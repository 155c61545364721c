package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.ModuleIndex;
import org.coursewright.dsl.prose.ProseFeatures;
import org.coursewright.ui.CourseUi;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;

/**
 * Marks the occurrences of the id or key under the caret in the file, as the Generic Editor
 * marks every word; in a course file only ids are worth following, so a word of prose marks
 * nothing. Takes the place of the Generic Editor's word highlighting for course files.
 */
public class IdOccurrences implements IReconciler {

	/** The Generic Editor's own annotation type for marked occurrences, with its colour and preference. */
	public static final String TYPE = "org.eclipse.ui.genericeditor.text";
	private static final Pattern ID_CHARACTER = Pattern.compile("[A-Za-z0-9_\\-]");

	private ISourceViewer viewer;
	private final ShownAnnotations shown = new ShownAnnotations();
	private final ISelectionChangedListener caretMoved = this::caretMoved;

	@Override
	public void install(ITextViewer textViewer) {
		if (textViewer instanceof ISourceViewer source && textViewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			viewer = source;
			selections.addPostSelectionChangedListener(caretMoved);
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider selections) {
			selections.removePostSelectionChangedListener(caretMoved);
		}
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private void caretMoved(SelectionChangedEvent event) {
		if (viewer == null || !(event.getSelection() instanceof ITextSelection selection) || viewer.getDocument() == null) {
			return;
		}
		IDocument document = viewer.getDocument();
		String text = document.get();
		String word = wordAt(text, selection.getOffset());
		List<Position> places = word.isEmpty() ? List.of() : occurrences(document, text, word);
		show(places);
	}

	/** The places of the word in the text when it is an id or key of the module, else none. */
	private static List<Position> occurrences(IDocument document, String text, String word) {
		Path file = DocumentFiles.pathOf(document).orElse(null);
		if (file == null) {
			return List.of();
		}
		LoadedModule module = EditedModules.load(file, text);
		// the module's index of ids is the one its checks already made
		if (module.model() == null || !ModuleIndex.of(module.model(), CourseUi.injector().getInstance(ProseFeatures.class)).isTarget(word)) {
			return List.of();
		}
		List<Position> places = new ArrayList<>();
		Matcher found = Pattern.compile("(?<![A-Za-z0-9_\\-])" + Pattern.quote(word) + "(?![A-Za-z0-9_\\-])").matcher(text);
		while (found.find()) {
			places.add(new Position(found.start(), word.length()));
		}
		return places;
	}

	/** The id or key (or any word) the offset is in or next to. */
	public static String wordAt(String text, int offset) {
		int start = Math.min(offset, text.length());
		while (start > 0 && isIdCharacter(text.charAt(start - 1))) {
			start--;
		}
		int end = Math.min(offset, text.length());
		while (end < text.length() && isIdCharacter(text.charAt(end))) {
			end++;
		}
		return text.substring(start, end);
	}

	private static boolean isIdCharacter(char c) {
		return ID_CHARACTER.matcher(String.valueOf(c)).matches();
	}

	private void show(List<Position> places) {
		Map<Annotation, Position> added = new HashMap<>();
		places.forEach(place -> added.put(new Annotation(TYPE, false, null), place));
		shown.replace(viewer.getAnnotationModel(), added);
	}
}
