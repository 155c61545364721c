package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.coursewright.ui.builder.CourseBuilder;
import org.coursewright.ui.preview.PreviewView;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Save to refreshed preview on a module of more than 3,000 lines, as a designer works: an
 * activity's title changed and saved twenty times, with a pause for the builder after each.
 * Prints the median and 95th percentile; asserts that every save is shown.
 */
class LargeModulePreviewTest {

	private static final int SESSIONS = 30;
	private static final int ACTIVITIES = 10;
	private static final int SAVES = 20;

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;

	@Test
	void everySaveIsShownAndTheTimesArePrinted() throws Exception {
		project = examples.open("large", folder);
		String unit = largeUnit();
		IFile file = project.getFile("04-large.course");
		file.create(new ByteArrayInputStream(unit.getBytes(StandardCharsets.UTF_8)), true, null);
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		int lines = 0;
		for (String name : List.of("00-module.course", "01-leading-and-learning.course", "02-practices.course",
				"03-distributed-leadership.course", "04-large.course", "bibliography.course")) {
			lines += Files.readAllLines(folder.resolve(name)).size();
		}
		assertTrue(lines > 3000, lines + " lines");
		assertEquals(List.of(), Arrays.stream(project.findMarkers(CourseBuilder.MARKER, true, IResource.DEPTH_INFINITE))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).map(m -> m.getAttribute(IMarker.MESSAGE, ""))
				.toList(), "the module has no errors");

		IWorkbenchPage page = TestWorkbench.page();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, file);
		TestWorkbench.courseAuthoring();
		PreviewView preview = (PreviewView) page.showView(PreviewView.ID);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		page.activate(editor);
		String title = "\"Activity 15 5\"";
		editor.selectAndReveal(document.get().indexOf(title) + 2, 0);
		if (!TestWorkbench.waitUntil(() -> "Activity 15 5".equals(heading(preview)))) {
			throw new AssertionError("the session's page: " + preview.shownPage() + " shows " + preview.browser().evaluate(
					"return document.title;"));
		}

		// the designer reads the page a moment before changing anything
		long reading = System.currentTimeMillis() + 3000;
		while (System.currentTimeMillis() < reading) {
			TestWorkbench.dispatch();
		}
		List<Long> millis = new ArrayList<>();
		String shown = title;
		for (int save = 1; save <= SAVES; save++) {
			String next = "\"Activity 15 5, draft " + save + "\"";
			document.replace(document.get().indexOf(shown), shown.length(), next);
			shown = next;
			String expected = next.substring(1, next.length() - 1);
			long saved = System.nanoTime();
			editor.doSave(null);
			while (!expected.equals(heading(preview))) {
				TestWorkbench.dispatch();
				assertTrue(System.nanoTime() - saved < 30_000_000_000L, "save " + save + " never shown");
			}
			millis.add((System.nanoTime() - saved) / 1_000_000);
			// the designer pauses; the builder republishes the site meanwhile
			Path sitePage = folder.resolve("site").resolve(preview.shownPage().getFileName());
			TestWorkbench.waitFor(() -> contains(sitePage, expected), "the builder to republish");
		}
		List<Long> sorted = millis.stream().sorted().toList();
		System.out.println("preview of a " + lines + "-line module: save to refreshed page over " + SAVES + " saves: median "
				+ sorted.get(SAVES / 2) + " ms, 95th percentile " + sorted.get((int) Math.ceil(SAVES * 0.95) - 1) + " ms, slowest "
				+ sorted.get(SAVES - 1) + " ms (all: " + millis + ")");
		assertEquals(SAVES, millis.size());
	}

	/** A unit of 30 sessions of 10 activities each, every activity with prose that cites and links. */
	private static String largeUnit() {
		StringBuilder unit = new StringBuilder("unit large \"A long unit\" {\n");
		for (int s = 1; s <= SESSIONS; s++) {
			unit.append("\n\tsession s").append(s).append(" \"Session ").append(s).append("\" {\n")
					.append("\t\t\"\"\"\n\t\tThis session goes over the same ground again, in more depth [@day2010].\n")
					.append("\t\tTake your time with each activity.\n\t\t\"\"\"\n");
			for (int a = 1; a <= ACTIVITIES; a++) {
				unit.append("\n\t\tactivity a").append(s).append('-').append(a).append(" \"Activity ").append(s).append(' ').append(a)
						.append("\" {\n\t\t\ttype productive\n\t\t\tallow about 5 minutes\n\t\t\tserves lo1\n\t\t\tinstructions \"\"\"\n")
						.append("\t\t\t\tThink about a leader you know and what they did last week.\n")
						.append("\t\t\t\tCompare it with [[rank-dimensions]] and with what [@day2010] found.\n")
						.append("\t\t\t\"\"\"\n\t\t}\n");
			}
			unit.append("\t}\n");
		}
		return unit.append("}\n").toString();
	}

	private static String heading(PreviewView preview) {
		Object text = preview.browser().evaluate("var h = document.querySelector('#a15-5 h2'); return h ? h.textContent : null;");
		return text instanceof String s ? s.replaceFirst("^Activity \\d+\\.\\d+ ", "") : null;
	}

	private static boolean contains(Path file, String text) {
		try {
			return Files.readString(file).contains(text);
		} catch (IOException e) {
			return false;
		}
	}
}
