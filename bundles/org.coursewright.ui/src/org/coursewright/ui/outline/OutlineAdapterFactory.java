package org.coursewright.ui.outline;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives text editors on .course files the course outline; the Generic Editor asks for it this way. */
public class OutlineAdapterFactory implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
		if (adapterType == IContentOutlinePage.class && adaptable instanceof ITextEditor editor) {
			IFile file = editor.getEditorInput().getAdapter(IFile.class);
			if (file != null && "course".equals(file.getFileExtension())) {
				return adapterType.cast(new CourseOutlinePage(editor));
			}
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
