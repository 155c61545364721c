package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.coursewright.ui.problems.CourseProblemsView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A problem typed and saved appears in the Problems view as the designer reads it there. */
class ProblemsViewTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;

	@Test
	void aSavedErrorIsListedWithItsFileLineAndCode() throws Exception {
		project = examples.open("problems", folder);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		IWorkbenchPage page = TestWorkbench.courseAuthoring();
		page.showView(CourseProblemsView.ID);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile("02-practices.course"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int at = document.get().indexOf("[@day2010]");
		document.replace(at, "[@day2010]".length(), "[@nosuch2099]");
		editor.doSave(null);

		String expected = "No bibliography entry has the key 'nosuch2099'. Add it to the bibliography or check the spelling."
				+ " [unknown-citation] | 02-practices.course, line 52, column 29";
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

	@Test
	void aProblemsSentenceAndTheSummaryAreShownWhole() throws Exception {
		project = examples.open("whole", folder);
		IWorkbenchPage page = TestWorkbench.courseAuthoring();
		CourseProblemsView view = (CourseProblemsView) page.showView(CourseProblemsView.ID);
		// in the file with the longest name, far along a line: the longest place of the example
		String unit = "01-leading-and-learning.course";
		String text = java.nio.file.Files.readString(folder.resolve(unit));
		project.getFile(unit).setContents(new java.io.ByteArrayInputStream(text.replace("pp. 32-52].", "pp. 32-52]. See [@nosuch2099].")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), org.eclipse.core.resources.IResource.FORCE, null);
		String sentence = "No bibliography entry has the key 'nosuch2099'. Add it to the bibliography or check the spelling. [unknown-citation]";
		TestWorkbench.waitFor(() -> problemsRows().stream().anyMatch(row -> row.startsWith(sentence)), "the problem's row");
		Tree tree = findTree(view.getViewSite().getShell());
		// every problem a row of its own, not folded away in a group
		TreeItem row = java.util.Arrays.stream(tree.getItems()).filter(item -> item.getText(0).equals(sentence)).findFirst().orElseThrow();
		TestWorkbench.waitUntil(() -> shownWhole(tree, row, 0) && shownWhole(tree, row, 1));
		for (int column = 0; column < 2; column++) {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(tree);
			int textWidth = gc.textExtent(row.getText(column)).x;
			gc.dispose();
			org.eclipse.swt.graphics.Rectangle shown = row.getTextBounds(column);
			org.eclipse.swt.graphics.Rectangle cell = row.getBounds(column);
			assertTrue(shown.x + textWidth <= cell.x + cell.width, "the row shows '" + row.getText(column) + "' whole: it needs "
					+ textWidth + " px from x=" + shown.x + ", its column ends at x=" + (cell.x + cell.width) + " (view "
					+ tree.getClientArea().width + " px wide)");
		}
		int columnEnd = row.getBounds(1).x + row.getBounds(1).width;
		assertTrue(columnEnd <= tree.getClientArea().width, "the place's column ends inside the view");

		String summary = view.getContentDescription();
		assertTrue(summary.matches("\\d+ errors?, \\d+ warnings?, \\d+ others?"), "the summary: " + summary);
		org.eclipse.swt.widgets.Label label = labelShowing(view.getViewSite().getShell(), summary);
		assertTrue(label != null && label.getSize().x >= label.computeSize(SWT.DEFAULT, SWT.DEFAULT).x,
				"the summary '" + summary + "' is shown whole");
		Screenshots.ofWorkbench("workbench-problems-whole.png");
	}

	private static boolean shownWhole(Tree tree, TreeItem row, int column) {
		org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(tree);
		int textWidth = gc.textExtent(row.getText(column)).x;
		gc.dispose();
		return row.getTextBounds(column).x + textWidth <= row.getBounds(column).x + row.getBounds(column).width;
	}

	private static org.eclipse.swt.widgets.Label labelShowing(Control control, String text) {
		if (control instanceof org.eclipse.swt.widgets.Label label && text.equals(label.getText()) && label.isVisible()) {
			return label;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				org.eclipse.swt.widgets.Label found = labelShowing(child, text);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	void aProblemIsFixedFromTheProblemsViewsQuickFix() throws Exception {
		project = examples.open("fixed", folder);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		org.eclipse.core.resources.IFile file = project.getFile("02-practices.course");
		String text = java.nio.file.Files.readString(folder.resolve("02-practices.course"));
		file.setContents(new java.io.ByteArrayInputStream(text.replace("[@day2010]", "[@day2011]")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), org.eclipse.core.resources.IResource.FORCE, null);
		TestWorkbench.waitFor(() -> !citationMarkers(file).isEmpty(), "the marker of the mistyped key");

		// as the Problems view's Quick Fix (Ctrl+1) finds them
		org.eclipse.core.resources.IMarker marker = citationMarkers(file).get(0);
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(marker), "Quick Fix is enabled for the marker");
		org.eclipse.ui.IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of("Change to 'day2010'"), java.util.Arrays.stream(fixes).map(org.eclipse.ui.IMarkerResolution::getLabel).toList());
		fixes[0].run(marker);
		assertEquals(text, java.nio.file.Files.readString(folder.resolve("02-practices.course")), "the key is mended and the file saved");
		TestWorkbench.waitFor(() -> citationMarkers(file).isEmpty(), "the marker to go");
	}

	private static List<org.eclipse.core.resources.IMarker> citationMarkers(org.eclipse.core.resources.IFile file) {
		try {
			return java.util.Arrays.stream(file.findMarkers(org.coursewright.ui.builder.CourseBuilder.MARKER, false, 0))
					.filter(m -> "unknown-citation".equals(m.getAttribute(org.coursewright.ui.builder.CourseBuilder.CODE, ""))).toList();
		} catch (org.eclipse.core.runtime.CoreException e) {
			return List.of();
		}
	}

	/** Every row of the Problems view's table, its two columns joined by " | ". */
	private static List<String> problemsRows() {
		Tree tree = findTree(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		List<String> rows = new ArrayList<>();
		if (tree != null) {
			for (TreeItem row : tree.getItems()) {
				rows.add(row.getText(0) + " | " + row.getText(1));
			}
		}
		return rows;
	}

	/** The Problems view's tree: the one whose columns are Description and Place. */
	private static Tree findTree(Control control) {
		if (control instanceof Tree tree && tree.getColumnCount() == 2 && "Description".equals(tree.getColumn(0).getText())
				&& "Place".equals(tree.getColumn(1).getText())) {
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
