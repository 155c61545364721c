package org.coursewright.ui.wizards;

import java.io.IOException;

import org.coursewright.ui.adaptations.NewAdaptations;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

/** File › New › Adaptation: a tutor's adaptation of the selected module for one cohort. */
public class NewAdaptationWizard extends ModuleFolderWizard implements INewWizard {

	private CohortPage page;
	private IFile created;

	public NewAdaptationWizard() {
		setWindowTitle("New Adaptation");
	}

	@Override
	public void addPages() {
		page = new CohortPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		try {
			created = NewAdaptations.create(moduleFolder(), page.cohortId(), page.cohortTitle());
		} catch (CoreException | IOException e) {
			page.setErrorMessage("The adaptation could not be created: " + e.getMessage());
			return false;
		}
		if (PlatformUI.isWorkbenchRunning() && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
			try {
				IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), created);
			} catch (PartInitException e) {
				// the adaptation is there all the same; the tutor opens it from the Project Explorer
			}
		}
		return true;
	}

	public IFile createdFile() {
		return created;
	}

	/** For tests: the page's fields as a tutor fills them. */
	public void fill(String cohortId, String cohortTitle) {
		page.id.setText(cohortId);
		page.title.setText(cohortTitle);
	}

	private final class CohortPage extends WizardPage {

		private Text id;
		private Text title;

		CohortPage() {
			super("cohort");
			setTitle("Adaptation");
			setDescription("Adapt the module for one cohort. Your changes live in a folder of their own beside the module, and"
					+ " re-apply themselves to every new version of it.");
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			new Label(body, SWT.NONE).setText("Module:");
			new Label(body, SWT.NONE).setText(moduleFolder() == null ? "(none selected)" : moduleFolder().getFullPath().toString());
			new Label(body, SWT.NONE).setText("Cohort id:");
			id = new Text(body, SWT.BORDER);
			id.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			id.setMessage("leeds-2027");
			new Label(body, SWT.NONE).setText("Cohort name:");
			title = new Text(body, SWT.BORDER);
			title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			title.setMessage("the Leeds partnership cohort, spring 2027");
			id.addModifyListener(e -> validate());
			title.addModifyListener(e -> validate());
			setControl(body);
			setPageComplete(false);
			if (moduleFolder() == null) {
				setErrorMessage(NewAdaptations.problemWith(null, "", ""));
			}
		}

		private void validate() {
			String problem = NewAdaptations.problemWith(moduleFolder(), cohortId(), cohortTitle());
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		String cohortId() {
			return id.getText().strip();
		}

		String cohortTitle() {
			return title.getText().strip();
		}
	}
}
