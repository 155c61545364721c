package org.coursewright.ui.editor;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;

/** The file on disk an editor's document belongs to: its folder is the module. */
public final class DocumentFiles {

	private DocumentFiles() {
	}

	public static Optional<Path> pathOf(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getFileStore() == null) {
			return Optional.empty();
		}
		try {
			File file = buffer.getFileStore().toLocalFile(EFS.NONE, null);
			return Optional.ofNullable(file).map(File::toPath);
		} catch (CoreException e) {
			return Optional.empty();
		}
	}
}
