package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.coursewright.ui.FirstFile;
import org.coursewright.ui.preview.PreviewView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The workbench opened on a module with nothing open yet: the first unit and its first session's page. */
class FirstStartTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;

	@Test
	void theFirstUnitOpensWithItsFirstSessionInThePreview() throws Exception {
		project = examples.open("first-start-" + folder.getFileName(), folder);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IWorkbenchPage page = TestWorkbench.courseAuthoring();
		page.closeAllEditors(false);
		FirstFile.openIfNothingIs(page, project);
		assertEquals("01-leading-and-learning.course", page.getActiveEditor().getEditorInput().getName());
		PreviewView preview = (PreviewView) page.findView(PreviewView.ID);
		TestWorkbench.waitFor(() -> preview.shownPage() != null && preview.shownPage().endsWith("session-1-1.html"),
				"the first session's page in the preview");

		FirstFile.openIfNothingIs(page, project);
		assertEquals(1, page.getEditorReferences().length, "with something open, nothing more is opened");
	}
}
