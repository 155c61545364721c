package org.coursewright.ui;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;

import org.coursewright.ui.preview.PreviewView;
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
 * preview beside it.
 */
public final class FirstFile {

	private FirstFile() {
	}

	public static void openIfNothingIs(IWorkbenchPage page, IProject project) {
		if (page == null || page.getEditorReferences().length > 0) {
			return; // the workbench restored what the designer had open
		}
		try {
			Optional<IFile> first = firstUnitFile(project);
			if (first.isEmpty()) {
				return;
			}
			ITextEditor editor = (ITextEditor) IDE.openEditor(page, first.get());
			IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
			int session = document.get().indexOf("session ");
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

	private static boolean holdsAUnit(IFile file) {
		try (var in = file.getContents()) {
			return new String(in.readAllBytes(), file.getCharset()).matches("(?s).*(^|\\n)\\s*unit\\s.*");
		} catch (Exception e) {
			return false;
		}
	}
}
