package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.ui.preview.PreviewView;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The preview shows the session under the caret and follows the designer's saves. */
class PreviewTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;

	@Test
	void showsTheSessionUnderTheCaretAndReloadsAfterASave() throws Exception {
		project = examples.open("previewed", folder);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);

		IWorkbenchPage page = TestWorkbench.page();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, project.getFile("02-practices.course"));
		TestWorkbench.courseAuthoring();
		PreviewView preview = (PreviewView) page.showView(PreviewView.ID);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		page.activate(editor);
		editor.selectAndReveal(document.get().indexOf("Rank the dimensions"), 0);
		TestWorkbench.waitFor(() -> preview.shownPage() != null && preview.shownPage().endsWith("session-2-1.html"), "the caret's session");
		TestWorkbench.waitFor(() -> "Activity 2.1 Rank the dimensions".equals(heading(preview)), "the page to load");
		// the page is scrolled to the block of the element under the caret
		TestWorkbench.waitFor(() -> number(preview, "return window.scrollY;") > 0 && number(preview,
				"return document.getElementById('rank-dimensions').getBoundingClientRect().top;") < number(preview, "return window.innerHeight;"),
				"the activity's block on screen");
		// the designer scrolls on a little; a refresh must come back there, not to the caret's block
		preview.browser().execute("window.scrollBy(0, 40);");
		double place = number(preview, "return window.scrollY;");

		int at = document.get().indexOf("Rank the dimensions");
		document.replace(at, "Rank the dimensions".length(), "Rank the five dimensions");
		long saved = System.nanoTime();
		editor.doSave(null);
		TestWorkbench.waitFor(() -> "Activity 2.1 Rank the five dimensions".equals(heading(preview)), "the preview to follow the save");
		TestWorkbench.waitFor(() -> Math.abs(number(preview, "return window.scrollY;") - place) < 2, "the preview to keep its place after the save");
		long refreshed = System.nanoTime();
		// the alternative the preview does not wait for: the builder checking and republishing the whole site
		Path sitePage = project.getFolder("site").getFile("session-2-1.html").getLocation().toFile().toPath();
		TestWorkbench.waitFor(() -> contains(sitePage, "Rank the five dimensions"), "the builder to republish");
		System.out.println("preview: save to refreshed page in " + (refreshed - saved) / 1_000_000 + " ms; the builder's"
				+ " republished site page was written after " + (System.nanoTime() - saved) / 1_000_000 + " ms");
		assertTrue(preview.shownPage().endsWith("session-2-1.html"));
		Screenshots.ofWorkbench("workbench-preview.png");
		assertEquals("Activity 2.1 Rank the five dimensions", heading(preview));

		// an error saved: the last good page stays, saying it is out of date and why
		int cited = document.get().indexOf("[@day2010]");
		document.replace(cited, "[@day2010]".length(), "[@nosuch2099]");
		editor.doSave(null);
		TestWorkbench.waitFor(() -> preview.browser().evaluate(
				"var b = document.getElementById('coursewright-out-of-date'); return b ? b.textContent : null;") instanceof String,
				"the out-of-date notice");
		String notice = (String) preview.browser().evaluate("return document.getElementById('coursewright-out-of-date').textContent;");
		assertTrue(notice.startsWith("Out of date: this is the last version without errors. The saved module has an error: 02-practices.course:"),
				notice);
		assertTrue(notice.contains("No bibliography entry has the key 'nosuch2099'"), notice);
		assertEquals("Activity 2.1 Rank the five dimensions", heading(preview), "the last good page");
	}

	private static boolean contains(Path file, String text) {
		try {
			return Files.readString(file).contains(text);
		} catch (IOException e) {
			return false; // being replaced at this moment
		}
	}

	private static double number(PreviewView preview, String script) {
		Object value = preview.browser().evaluate(script);
		return value instanceof Number n ? n.doubleValue() : Double.NaN;
	}

	private static String heading(PreviewView preview) {
		Object text = preview.browser().evaluate(
				"var h = document.querySelector('#rank-dimensions h2'); return h ? h.textContent : null;");
		return text instanceof String s ? s : null;
	}
}
