package org.coursewright.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.coursewright.ui.preview.PreviewView;
import org.coursewright.dsl.model.CourseModule;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Where a designer starts when the workbench opens on a module and shows nothing yet: the
 * module's first unit file, the caret on its first session, and that session's page in the
 * preview beside it. On a tutor's adaptation folder: the adaptation, the caret on its first
 * change, and the adapted session's page.
 */
public final class FirstFile {

	private FirstFile() {
	}

	public static void openIfNothingIs(IWorkbenchPage page, IProject project) {
		if (page == null || page.getEditorReferences().length > 0) {
			return; // the workbench restored what the designer had open
		}
		try {
			Optional<IFile> first = firstUnitFile(project).or(() -> firstAdaptation(project));
			if (first.isEmpty()) {
				return;
			}
			ITextEditor editor = (ITextEditor) IDE.openEditor(page, first.get());
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			boolean adaptation = CourseModule.ADAPTATION_EXTENSION.equals(first.get().getFileExtension());
			int session = firstLineStarting(document.get(), adaptation ? "change " : "session ");
			PreviewView preview = (PreviewView) page.showView(PreviewView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			page.activate(editor);
			if (session >= 0) {
				editor.selectAndReveal(session, 0);
				preview.showSessionAt(editor, session);
			}
		} catch (CoreException | ClassCastException e) {
			ILog.of(FirstFile.class).warn("Could not open the module's first file", e);
		}
	}

	/** The first .course file, in name order, that holds a unit (00-module.course usually holds only the header). */
	static Optional<IFile> firstUnitFile(IProject project) throws CoreException {
		return Arrays.stream(project.members()).filter(r -> r.getType() == IResource.FILE && "course".equals(r.getFileExtension()))
				.map(IFile.class::cast).sorted(Comparator.comparing(IResource::getName)).filter(FirstFile::holdsAUnit).findFirst();
	}

	/** The first adaptation file, in name order. */
	static Optional<IFile> firstAdaptation(IProject project) {
		try {
			return Arrays.stream(project.members()).filter(r -> r.getType() == IResource.FILE
					&& CourseModule.ADAPTATION_EXTENSION.equals(r.getFileExtension())).map(IFile.class::cast)
					.sorted(Comparator.comparing(IResource::getName)).findFirst();
		} catch (CoreException e) {
			return Optional.empty();
		}
	}

	/** Where the first line that starts (after its indentation) with the word is, or -1; a comment mentioning it is not one. */
	private static int firstLineStarting(String text, String word) {
		java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^[ \t]*(" + java.util.regex.Pattern.quote(word) + ")").matcher(text);
		return line.find() ? line.start(1) : -1;
	}

	private static boolean holdsAUnit(IFile file) {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), file.getCharset()).matches("(?s).*(^|\\n)\\s*unit\\s.*");
		} catch (Exception e) {
			return false;
		}
	}
}
