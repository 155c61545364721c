package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coursewright.ui.refactoring.ReferencesPage;
import org.coursewright.ui.refactoring.ReferencesQuery;
import org.coursewright.ui.refactoring.RenameRefactoring;
import org.coursewright.ui.refactoring.RenameWizard;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Rename an id or key across the module's files with a preview, and Find References of one. */
class RenameAndReferencesTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;
	private ITextEditor editor;
	private IDocument document;

	@BeforeEach
	void open() throws Exception {
		project = examples.open("renamed-" + folder.getFileName(), folder);
		editor = (ITextEditor) IDE.openEditor(TestWorkbench.page(), project.getFile("02-practices.course"));
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	@Test
	void anOutcomeIsRenamedInEveryFileAfterAPreviewAndUndoneAsAWhole() throws Exception {
		String header = Files.readString(folder.resolve("00-module.course"), StandardCharsets.UTF_8);
		editor.selectAndReveal(document.get().indexOf("serves lo2") + "serves lo".length(), 0);
		RenameRefactoring refactoring = RenameRefactoring.atCaretOf(editor).orElseThrow();
		List<String> preview = new ArrayList<>();
		Display display = Display.getCurrent();
		Runnable[] driver = new Runnable[1];
		Shell[] wizard = new Shell[1];
		driver[0] = () -> {
			if (wizard[0] == null) {
				wizard[0] = Arrays.stream(display.getShells()).filter(s -> s.isVisible()
						&& Widgets.controls(s, Button.class).stream().anyMatch(b -> b.getText().replace("&", "").equals("Preview >"))).findFirst().orElse(null);
			}
			Shell dialog = wizard[0];
			if (dialog == null) {
				display.timerExec(50, driver[0]);
				return;
			}
			Tree changes = Widgets.controls(dialog, Tree.class).stream().filter(Control::isVisible).findFirst().orElse(null);
			if (changes == null) {
				Text name = Widgets.controls(dialog, Text.class).get(0);
				name.setText("lo2"); // unchanged: cannot finish
				assertFalse(button(dialog, "Preview >").isEnabled());
				name.setText("lo1");
				assertFalse(button(dialog, "Preview >").isEnabled(), "a name taken by another outcome");
				name.setText("lo-evidence");
				button(dialog, "Preview >").notifyListeners(SWT.Selection, new Event());
				display.timerExec(50, driver[0]);
				return;
			}
			for (TreeItem change : changes.getItems()) {
				preview.add(change.getText());
				for (TreeItem file : change.getItems()) {
					preview.add("  " + file.getText().replaceFirst(" - .*", "")); // "00-module.course - PROJECT"
				}
			}
			try {
				Screenshots.ofShell(dialog, "rename-preview.png");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			button(dialog, "OK").notifyListeners(SWT.Selection, new Event());
		};
		display.timerExec(50, driver[0]);
		new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(display.getActiveShell(), "Rename");

		assertEquals(List.of("Rename 'lo2' to 'lo-evidence'", "  00-module.course", "  02-practices.course"), preview);
		String renamedHeader = Files.readString(folder.resolve("00-module.course"), StandardCharsets.UTF_8);
		assertEquals(header.replace("outcome lo2 ", "outcome lo-evidence "), renamedHeader, "the declaration, saved");
		assertEquals(3, count(document.get(), "serves lo-evidence"), document.get());
		assertEquals(0, count(document.get(), "lo2"), "no reference left behind");

		// undone as Edit › Undo does, after the Platform's question about the other files changed
		List<String> question = new ArrayList<>();
		Runnable[] approver = new Runnable[1];
		approver[0] = () -> {
			Shell asking = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && Widgets.controls(s, org.eclipse.swt.widgets.Label.class)
					.stream().anyMatch(l -> l.getText().startsWith("Undoing"))).findFirst().orElse(null);
			if (asking == null) {
				display.timerExec(50, approver[0]);
				return;
			}
			Widgets.controls(asking, org.eclipse.swt.widgets.Label.class).stream().map(l -> l.getText()).filter(t -> t.startsWith("Undoing"))
					.forEach(question::add);
			button(asking, "OK").notifyListeners(SWT.Selection, new Event());
		};
		display.timerExec(50, approver[0]);
		RefactoringCore.getUndoManager().performUndo(null, new NullProgressMonitor());
		assertEquals(List.of("Undoing 'Rename 'lo2' to 'lo-evidence'' affects elements outside of '02-practices.course'. Continue with"
				+ " undoing 'Rename 'lo2' to 'lo-evidence''?"), question);
		assertEquals(header, Files.readString(folder.resolve("00-module.course"), StandardCharsets.UTF_8));
		assertEquals(3, count(document.get(), "lo2"));
	}

	@Test
	void findReferencesListsTheKeysPlacesInTheSearchView() throws Exception {
		editor.selectAndReveal(document.get().indexOf("[@robinson2008") + 4, 0);
		ReferencesQuery query = ReferencesQuery.atCaretOf(editor).orElseThrow();
		NewSearchUI.runQueryInForeground(null, query);
		TestWorkbench.waitFor(() -> NewSearchUI.getSearchResultView() != null
				&& NewSearchUI.getSearchResultView().getActivePage() instanceof ReferencesPage page && page.shownLines().length == 4,
				"the references listed");
		ReferencesPage page = (ReferencesPage) NewSearchUI.getSearchResultView().getActivePage();
		assertEquals(List.of("02-practices.course:11: reading impact-review from robinson2008 pages 659-664 {",
				"02-practices.course:28: cite robinson2008 pages 659-664",
				"02-practices.course:61: likely they are to make a difference [@robinson2008, p. 664]. That is the",
				"bibliography.course:47: article robinson2008 {  (declaration)"), List.of(page.shownLines()));
		assertEquals("'robinson2008': 4 places in the module", query.getSearchResult().getLabel());
		Screenshots.ofWorkbench("find-references.png");
	}

	@Test
	void aWordOfProseIsNeitherRenamedNorSearched() {
		editor.selectAndReveal(document.get().indexOf("mostly indirectly") + 2, 0);
		assertTrue(RenameRefactoring.atCaretOf(editor).isEmpty());
		assertTrue(ReferencesQuery.atCaretOf(editor).isEmpty());
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
			count++;
		}
		return count;
	}

	private static Button button(Shell shell, String label) {
		return Widgets.controls(shell, Button.class).stream().filter(b -> label.equals(b.getText().replace("&", ""))).findFirst().orElseThrow(
				() -> new AssertionError("no button " + label + " in " + Widgets.controls(shell, Button.class).stream().map(Button::getText).toList()));
	}

}
