package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.ui.element.ElementView;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The Element view: the element under the caret as a form, changed both ways, each form change one undo. */
class ElementViewTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private ITextEditor editor;
	private IDocument document;
	private ElementView view;

	private void open(String name) throws Exception {
		IProject project = examples.open(name, folder);
		IWorkbenchPage page = TestWorkbench.courseAuthoring();
		editor = (ITextEditor) IDE.openEditor(page, project.getFile("01-leading-and-learning.course"));
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		view = (ElementView) page.showView(ElementView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
	}

	private void caretAt(String text, String heading) {
		editor.selectAndReveal(document.get().indexOf(text) + 2, 0);
		TestWorkbench.waitFor(() -> heading.equals(view.heading()), "the form of " + heading + " (shows '" + view.heading() + "')");
	}

	@Test
	void theActivityUnderTheCaretIsShownAndChangedAsOneUndoableEdit() throws Exception {
		open("element");
		caretAt("activity first-thoughts", "Activity first-thoughts");
		Screenshots.ofWorkbench("element-view.png");
		assertEquals("Your first thoughts", text("Title").getText());
		assertEquals("productive", ((Combo) view.field("Type")).getText());
		assertEquals("about 15 minutes", text("Timing").getText());
		assertEquals(List.of("lo1"), ticked());
		assertEquals("medium", ((Combo) view.field("Response box")).getText());

		String original = document.get();
		type("Title", "Before you start");
		assertEquals(original.replace("activity first-thoughts \"Your first thoughts\" {", "activity first-thoughts \"Before you start\" {"),
				document.get(), "only the title changed");
		undo();
		assertEquals(original, document.get(), "one undo takes the form's change back");

		tick("lo3");
		assertTrue(document.get().contains("\t\t\tallow about 15 minutes\n\t\t\tserves lo1, lo3\n"), "lo3 served");
		choose("Response box", "(none)");
		assertTrue(!document.get().substring(0, document.get().indexOf("section five-principles")).contains("response box"),
				"the response box taken away");
		undo();
		undo();
		assertEquals(original, document.get(), "each form change is one undo");
	}

	@Test
	void theViewOpenedAfterTheCaretWasPlacedShowsTheElement() throws Exception {
		IProject project = examples.open("later", folder);
		IWorkbenchPage page = TestWorkbench.courseAuthoring();
		page.hideView(page.findView(ElementView.ID));
		editor = (ITextEditor) IDE.openEditor(page, project.getFile("01-leading-and-learning.course"));
		document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("activity first-thoughts") + 2, 0);
		TestWorkbench.waitUntil(() -> false, 500);
		view = (ElementView) page.showView(ElementView.ID);
		TestWorkbench.waitFor(() -> "Activity first-thoughts".equals(view.heading()), "the form of the activity under the caret");
		TestWorkbench.waitUntil(() -> false, 500);
		assertEquals(List.of("lo1"), ticked());
		assertEquals("Your first thoughts", text("Title").getText());
	}

	@Test
	void typingInTheTextShowsInTheForm() throws Exception {
		open("typed");
		caretAt("activity first-thoughts", "Activity first-thoughts");
		int at = document.get().indexOf("allow about 15 minutes");
		document.replace(at, "allow about 15 minutes".length(), "allow up to 1 hour");
		TestWorkbench.waitFor(() -> "up to 1 hour".equals(text("Timing").getText()), "the typed timing in the form");
		caretAt("reading principles", "Reading principles");
		assertEquals("required", ((Combo) view.field("Status")).getText());
		assertEquals("about 45 minutes", text("Timing").getText());
	}

	@Test
	void aPhraseTheLanguageDoesNotReadIsRefusedAndTheTextLeftAlone() throws Exception {
		open("refused");
		caretAt("activity first-thoughts", "Activity first-thoughts");
		String original = document.get();
		type("Timing", "soon");
		assertEquals(original, document.get());
		assertEquals("'soon' is not a timing such as 'about 45 minutes' or 'up to 1 hour 30 minutes'.", view.notice());
		type("Timing", "about 20 minutes");
		assertEquals(original.replace("allow about 15 minutes", "allow about 20 minutes"), document.get());
	}

	@Test
	void aFileIsChosenInsideTheModuleFolderOnly() throws Exception {
		open("files");
		caretAt("video federation-film", "Media federation-film");
		assertEquals("media/federation.mp4", text("File").getText());
		assertTrue(view.field("File Browse") instanceof Button, "a Browse… button beside the file");
		String original = document.get();
		view.choose("File", folder.resolve("media").resolve("federation.vtt"));
		assertEquals(original.replace("file \"media/federation.mp4\"", "file \"media/federation.vtt\""), document.get());
		String chosen = document.get();
		view.choose("File", folder.getParent().resolve("elsewhere.mp4"));
		assertEquals(chosen, document.get(), "a file outside the module is not written");
		assertTrue(view.notice().startsWith("Choose a file inside the module folder"), view.notice());
	}

	private Text text(String label) {
		return (Text) view.field(label);
	}

	private void type(String label, String typed) {
		Text field = text(label);
		field.setText(typed);
		field.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
		TestWorkbench.dispatch();
	}

	private void choose(String label, String word) {
		Combo combo = (Combo) view.field(label);
		combo.select(List.of(combo.getItems()).indexOf(word));
		combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
		TestWorkbench.dispatch();
	}

	private void tick(String outcome) {
		for (Button box : boxes()) {
			if (outcome.equals(box.getData())) {
				box.setSelection(!box.getSelection());
				box.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
			}
		}
		TestWorkbench.dispatch();
	}

	private List<String> ticked() {
		return boxes().stream().filter(Button::getSelection).map(box -> (String) box.getData()).toList();
	}

	private List<Button> boxes() {
		Control title = view.field("Title");
		Composite form = title.getParent();
		List<Button> found = new java.util.ArrayList<>();
		collect(form, found);
		return found;
	}

	private static void collect(Control control, List<Button> found) {
		if (control instanceof Button button && (button.getStyle() & SWT.CHECK) != 0) {
			found.add(button);
		} else if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, found);
			}
		}
	}

	private void undo() {
		((ITextOperationTarget) editor.getAdapter(ITextOperationTarget.class)).doOperation(ITextOperationTarget.UNDO);
		TestWorkbench.dispatch();
	}
}
