package org.coursewright.ui.builder;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.ui.editor.ProblemPlaces;
import org.coursewright.ui.editor.QuickFixes;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

/**
 * The editor's quick fixes (a timing line, a transcript to fill in, the nearest key) offered
 * on the builder's markers in the Problems view too: applied to the file's document, which is
 * saved unless an editor holds unsaved changes to it.
 */
public class ProblemResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return getResolutions(marker).length > 0;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (marker.getResource().getLocation() == null) {
			return new IMarkerResolution[0];
		}
		return withDocument(marker, document -> fixes(marker, document).stream()
				.map(fix -> (IMarkerResolution) new Resolution(fix.getDisplayString())).toArray(IMarkerResolution[]::new),
				new IMarkerResolution[0]);
	}

	private static List<ICompletionProposal> fixes(IMarker marker, IDocument document) {
		Path file = Path.of(marker.getResource().getLocation().toOSString());
		return QuickFixes.fixesFor(marker.getAttribute(CourseBuilder.CODE, ""), ProblemPlaces.span(document,
				marker.getAttribute(IMarker.LINE_NUMBER, 1), marker.getAttribute(CourseBuilder.COLUMN, 1)), document, file);
	}

	private interface DocumentWork<T> {
		T on(IDocument document) throws CoreException;
	}

	/** Runs work on the marker's file as a document (the open editor's, if there is one). */
	private static <T> T withDocument(IMarker marker, DocumentWork<T> work, T otherwise) {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		var path = marker.getResource().getFullPath();
		try {
			buffers.connect(path, LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = buffers.getTextFileBuffer(path, LocationKind.IFILE);
				return work.on(buffer.getDocument());
			} finally {
				buffers.disconnect(path, LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			ILog.of(ProblemResolutions.class).error("Cannot read " + path, e);
			return otherwise;
		}
	}

	/** One fix, found again by its label when run (the document may have changed since it was offered). */
	private static final class Resolution implements IMarkerResolution {

		private final String label;

		Resolution(String label) {
			this.label = label;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public void run(IMarker marker) {
			withDocument(marker, document -> {
				for (ICompletionProposal fix : fixes(marker, document)) {
					if (fix.getDisplayString().equals(label)) {
						fix.apply(document);
						ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(marker.getResource().getFullPath(),
								LocationKind.IFILE);
						if (!buffer.isShared()) {
							buffer.commit(null, true); // no editor has it open: save, as the fix is all that changed
						}
						break;
					}
				}
				return null;
			}, null);
		}
	}
}
