package org.coursewright.ui.refactoring;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** Asks the new name, then shows the Platform's preview of every file's changes. */
public class RenameWizard extends RefactoringWizard {

	public RenameWizard(RenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle(refactoring.getName());
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NewNamePage((RenameRefactoring) getRefactoring()));
	}

	/** The new name, checked as it is typed. */
	static final class NewNamePage extends UserInputWizardPage {

		private final RenameRefactoring refactoring;

		NewNamePage(RenameRefactoring refactoring) {
			super("newName");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite area = new Composite(parent, SWT.NONE);
			area.setLayout(new GridLayout(2, false));
			new Label(area, SWT.NONE).setText("&New name:");
			Text name = new Text(area, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.oldName());
			name.selectAll();
			name.addModifyListener(event -> check(name.getText().strip()));
			Label note = new Label(area, SWT.WRAP);
			note.setText("Changes the declaration, every reference in the language and every [[link]] or @citation in prose, in all"
					+ " the module's files. Preview shows each change before it is made; Edit › Undo takes them all back."
					+ " Tutors' adaptations of the module, in folders of their own, are not changed: they are told the element"
					+ " is gone until they use the new name.");
			GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
			wide.widthHint = 420;
			note.setLayoutData(wide);
			setDescription("A new id or key for '" + refactoring.oldName() + "'.");
			setPageComplete(false);
			setControl(area);
			Dialog.applyDialogFont(area);
		}

		private void check(String newName) {
			refactoring.setNewName(newName);
			String problem = refactoring.problemWithNewName();
			setErrorMessage(newName.equals(refactoring.oldName()) ? null : problem);
			setPageComplete(problem == null);
		}
	}
}
