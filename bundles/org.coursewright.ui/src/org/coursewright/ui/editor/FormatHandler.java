package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.formatting2.FormattedText;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Format (Ctrl+Shift+F): the language's formatter lays the file out, and its replacements are
 * applied as one edit, so one undo takes them back. A file with syntax errors is left alone.
 */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		if (part instanceof ITextEditor editor) {
			format(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
		}
		return null;
	}

	/** Formats the document in place; returns false when it cannot be formatted (syntax errors). */
	public static boolean format(IDocument document) {
		Path file = DocumentFiles.pathOf(document).orElse(null);
		if (file == null) {
			return false;
		}
		LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).loadEdited(file, document.get());
		XtextResource resource = module.resource(file).orElse(null);
		if (resource == null || resource.getParseResult().hasSyntaxErrors()) {
			return false;
		}
		List<ITextReplacement> replacements = CourseUi.injector().getInstance(FormattedText.class).replacements(resource);
		MultiTextEdit edit = new MultiTextEdit();
		for (ITextReplacement replacement : replacements) {
			edit.addChild(new ReplaceEdit(replacement.getOffset(), replacement.getLength(), replacement.getReplacementText()));
		}
		try {
			edit.apply(document);
			return true;
		} catch (MalformedTreeException | BadLocationException e) {
			return false;
		}
	}
}
