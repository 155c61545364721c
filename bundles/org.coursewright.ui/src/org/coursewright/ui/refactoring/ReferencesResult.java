package org.coursewright.ui.refactoring;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;

/** The places found, one line each; the Search view also marks them in open editors. */
public class ReferencesResult extends AbstractTextSearchResult implements IFileMatchAdapter, IEditorMatchAdapter {

	private final ReferencesQuery query;

	ReferencesResult(ReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return "'" + query.name() + "': " + count + (count == 1 ? " place" : " places") + " in the module";
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return Arrays.stream(getElements()).filter(e -> ((ReferenceLine) e).file().equals(file)).flatMap(e -> Arrays.stream(getMatches(e)))
				.toArray(Match[]::new);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof ReferenceLine line ? line.file() : null;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return ((ReferenceLine) match.getElement()).file().equals(editor.getEditorInput().getAdapter(IFile.class));
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file == null ? new Match[0] : computeContainedMatches(result, file);
	}
}
