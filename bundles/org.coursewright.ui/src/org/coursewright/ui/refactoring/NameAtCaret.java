package org.coursewright.ui.refactoring;

import java.nio.file.Path;
import java.util.Optional;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.ModuleIndex;
import org.coursewright.dsl.prose.ProseFeatures;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.editor.EditedModules;
import org.coursewright.ui.editor.IdOccurrences;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * The id or key under the caret of a course editor, with the module as the editor has it: what
 * Rename and Find References start from.
 */
record NameAtCaret(String name, Path file, String text, LoadedModule module) {

	/** Empty unless the caret is on a name something in the module declares. */
	static Optional<NameAtCaret> in(IEditorPart part) {
		if (!(part instanceof ITextEditor editor) || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection caret)) {
			return Optional.empty();
		}
		IFile input = editor.getEditorInput().getAdapter(IFile.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (input == null || input.getLocation() == null || document == null) {
			return Optional.empty();
		}
		String text = document.get();
		String name = IdOccurrences.wordAt(text, caret.getOffset());
		if (name.isEmpty()) {
			return Optional.empty();
		}
		Path file = input.getLocation().toFile().toPath();
		LoadedModule module = EditedModules.load(file, text);
		if (module.model() == null || !ModuleIndex.of(module.model(), prose()).isTarget(name)) {
			return Optional.empty();
		}
		return Optional.of(new NameAtCaret(name, file, text, module));
	}

	/** The grammar's prose fields, where links and citations are written. */
	static ProseFeatures prose() {
		return CourseUi.injector().getInstance(ProseFeatures.class);
	}

	static final String NOTHING_HERE = "Put the caret on an id (of an outcome, element, reading, term…) or a bibliography key, where it is"
			+ " declared or used.";
}
