package org.coursewright.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Find References (Ctrl+Shift+G) of the id or key under the caret, listed in the Search view. */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ReferencesQuery query = ReferencesQuery.atCaretOf(HandlerUtil.getActiveEditor(event)).orElse(null);
		if (query == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Find References", NameAtCaret.NOTHING_HERE);
			return null;
		}
		NewSearchUI.runQueryInBackground(query);
		return null;
	}
}
