package org.coursewright.ui.refactoring;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.model.NameOccurrences;
import org.coursewright.dsl.model.NameOccurrences.Occurrence;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;
import org.eclipse.search.ui.text.Match;

/** Find References (Ctrl+Shift+G): where the id or key under the caret is used, in every file of its module. */
public class ReferencesQuery implements ISearchQuery {

	private final NameAtCaret at;
	private final ReferencesResult result = new ReferencesResult(this);

	ReferencesQuery(NameAtCaret at) {
		this.at = at;
	}

	/** The query for the id or key under the editor's caret; empty when the caret is on none. */
	public static java.util.Optional<ReferencesQuery> atCaretOf(org.eclipse.ui.IEditorPart editor) {
		return NameAtCaret.in(editor).map(ReferencesQuery::new);
	}

	public String name() {
		return at.name();
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.removeAll();
		List<Occurrence> occurrences = NameOccurrences.of(at.module().model(), at.name(), NameAtCaret.prose());
		Path textsFile = null;
		IDocument text = null;
		for (Occurrence occurrence : occurrences) {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(occurrence.file().toString()));
			if (file == null) {
				continue;
			}
			if (!occurrence.file().equals(textsFile)) {
				textsFile = occurrence.file();
				text = new Document(at.module().resource(textsFile).map(r -> r.getParseResult().getRootNode().getText()).orElse(""));
			}
			try {
				int line = text.getLineOfOffset(occurrence.offset());
				String lineText = text.get(text.getLineOffset(line), text.getLineLength(line));
				result.addMatch(new Match(new ReferenceLine(file, line + 1, lineText, occurrence.declaration()), occurrence.offset(),
						occurrence.length()));
			} catch (BadLocationException e) {
				// the module changed under the query: the next search shows it
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public String getLabel() {
		return "References to '" + at.name() + "'";
	}

	@Override
	public boolean canRerun() {
		return false; // it stands for the module as it was when asked
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
