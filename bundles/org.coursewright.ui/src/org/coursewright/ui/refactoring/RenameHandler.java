package org.coursewright.ui.refactoring;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

/** Refactor › Rename (Alt+Shift+R) on the id or key under the caret. */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Shell shell = HandlerUtil.getActiveShell(event);
		NameAtCaret at = NameAtCaret.in(HandlerUtil.getActiveEditor(event)).orElse(null);
		if (at == null) {
			MessageDialog.openInformation(shell, "Rename", NameAtCaret.NOTHING_HERE);
			return null;
		}
		try {
			new RefactoringWizardOpenOperation(new RenameWizard(new RenameRefactoring(at))).run(shell, "Rename");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}
}
