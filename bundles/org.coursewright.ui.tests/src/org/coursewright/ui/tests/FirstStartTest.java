package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.ui.FirstFile;
import org.coursewright.ui.builder.CourseProjects;
import org.coursewright.ui.preview.PreviewView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.texteditor.ITextEditor;
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

	@Test
	void anAdaptationFolderOpensTheAdaptationWithItsFirstChangeInThePreview() throws Exception {
		// the example adaptation beside the module it names ("../leadership-for-learning")
		ExampleModule.copyInto(folder.resolve("leadership-for-learning"));
		Path cohort = folder.resolve("leeds-cohort-2027");
		Path example = ExampleModule.folder().resolveSibling("leeds-cohort-2027");
		Files.createDirectories(cohort);
		for (String name : List.of("leeds-2027.adaptation", "leeds-2027.adaptation.lock")) {
			Files.copy(example.resolve(name), cohort.resolve(name));
		}
		project = CourseProjects.open("first-adaptation-" + folder.getFileName(), IPath.fromOSString(cohort.toString()));
		examples.remember(project);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IWorkbenchPage page = TestWorkbench.courseAuthoring();
		page.closeAllEditors(false);
		FirstFile.openIfNothingIs(page, project);
		ITextEditor editor = (ITextEditor) page.getActiveEditor();
		assertEquals("leeds-2027.adaptation", editor.getEditorInput().getName());
		String text = editor.getDocumentProvider().getDocument(editor.getEditorInput()).get();
		assertEquals(text.indexOf("\nchange rank-dimensions") + 1, ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset(),
				"the caret on the first change");
		PreviewView preview = (PreviewView) page.findView(PreviewView.ID);
		TestWorkbench.waitFor(() -> preview.shownPage() != null && preview.shownPage().endsWith("session-2-1.html"),
				"the adapted session's page in the preview");
	}
}
