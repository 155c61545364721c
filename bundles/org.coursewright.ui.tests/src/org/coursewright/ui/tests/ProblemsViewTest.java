package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem typed and saved appears in the Problems view as the designer reads it there. */
class ProblemsViewTest {

	@TempDir
	Path folder;

	private IProject project;

	@AfterEach
	void delete() throws Exception {
		TestWorkbench.page().closeAllEditors(false);
		project.delete(false, true, null);
	}

	@Test
	void aSavedErrorIsListedWithItsFileLineAndCode() throws Exception {
		project = ExampleProject.create("problems", folder);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IWorkbenchPage page = TestWorkbench.courseAuthoring();
		page.showView(IPageLayout.ID_PROBLEM_VIEW);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile("02-practices.course"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = document.get().indexOf("[@day2010]");
		document.replace(at, "[@day2010]".length(), "[@nosuch2099]");
		editor.doSave(null);

		String expected = "No bibliography entry has the key 'nosuch2099'. Add it to the bibliography or check the spelling."
				+ " [unknown-citation] | 02-practices.course | /problems | line 52, column 29";
		List<String> rows = new ArrayList<>();
		TestWorkbench.waitUntil(() -> {
			rows.clear();
			rows.addAll(problemsRows());
			return rows.contains(expected);
		});
		Screenshots.ofWorkbench("workbench-problems.png");
		assertTrue(rows.contains(expected), "the Problems view shows " + rows);
		assertTrue(rows.stream().noneMatch(row -> row.contains("encoding")), "a course project says its files are UTF-8: " + rows);
	}

	/** Every row of the Problems view's table, its first four columns joined by " | ". */
	private static List<String> problemsRows() {
		Tree tree = findTree(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		List<String> rows = new ArrayList<>();
		if (tree != null) {
			for (TreeItem item : tree.getItems()) {
				if (!item.getExpanded()) {
					// Opens the group as a click on its arrow does: the view fills in its rows on this event.
					Event expand = new Event();
					expand.item = item;
					tree.notifyListeners(SWT.Expand, expand);
					item.setExpanded(true);
				}
				for (TreeItem row : item.getItems()) {
					rows.add(row.getText(0) + " | " + row.getText(1) + " | " + row.getText(2) + " | " + row.getText(3));
				}
			}
		}
		return rows;
	}

	/** The Problems view's tree: the one whose columns are Description, Resource, Path and Location. */
	private static Tree findTree(Control control) {
		if (control instanceof Tree tree && tree.getColumnCount() >= 4 && "Description".equals(tree.getColumn(0).getText())
				&& "Resource".equals(tree.getColumn(1).getText())) {
			return tree;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = findTree(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
