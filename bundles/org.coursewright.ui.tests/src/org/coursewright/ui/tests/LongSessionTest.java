package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.coursewright.ui.editor.CourseHover;
import org.coursewright.ui.editor.QuickFixes;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A designer reported hovers and quick fixes stopping some minutes into a session. This keeps
 * typing and saving for a while (150 s; -Dcoursewright.session.seconds for longer), asking for a
 * hover and the quick fixes every few seconds as the editor does: the hover off the display
 * thread, with the hover manager's patience, and the quick fixes on it.
 */
class LongSessionTest {

	private static final long SECONDS = Long.getLong("coursewright.session.seconds", 150);

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	@Test
	void hoversAndQuickFixesKeepWorkingWhileTheDesignerTypesAndSaves() throws Exception {
		IProject project = examples.open("session", folder);
		ITextEditor editor = (ITextEditor) IDE.openEditor(TestWorkbench.courseAuthoring(), project.getFile("02-practices.course"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		// a mistyped key for Ctrl+1 to mend, as in the designer's report
		document.replace(document.get().indexOf("[@day2010]"), "[@day2010]".length(), "[@day2011]");

		List<String> failures = new ArrayList<>();
		long end = System.currentTimeMillis() + SECONDS * 1000;
		int round = 0;
		while (System.currentTimeMillis() < end) {
			round++;
			int at = document.get().indexOf("what learners achieve");
			document.replace(at, 0, round % 2 == 0 ? "indeed " : "");
			if (round % 2 == 1) {
				int added = document.get().indexOf("indeed ");
				if (added >= 0) {
					document.replace(added, "indeed ".length(), "");
				}
			}
			if (round % 5 == 0) {
				editor.doSave(null);
			}
			TestWorkbench.waitUntil(() -> false, 300);
			if (round % 10 == 0) {
				check(document, viewer, round, failures);
			}
		}
		check(document, viewer, round, failures);
		assertEquals(List.of(), failures, "after " + round + " rounds of typing in " + SECONDS + " s");
	}

	private static void check(IDocument document, ITextViewer viewer, int round, List<String> failures) throws Exception {
		CourseHover hover = new CourseHover();
		int key = document.get().indexOf("@neumerski2013") + 3;
		// the hover manager asks off the display thread and gives up on an answer that does not come
		CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, key)));
		String text = null;
		if (TestWorkbench.waitUntil(answer::isDone, 5000)) {
			text = answer.get(0, TimeUnit.SECONDS);
		}
		if (text == null || !text.startsWith("Neumerski, C. M. (2013).")) {
			failures.add("round " + round + ": hover " + text);
		}
		int typo = document.get().indexOf("[@day2011]") + 3;
		ICompletionProposal[] fixes = new QuickFixes().computeQuickAssistProposals(new TextInvocationContext((ISourceViewer) viewer, typo, 0));
		List<String> offered = Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList();
		if (!offered.contains("Change to 'day2010'")) {
			failures.add("round " + round + ": quick fixes " + offered);
		}
		assertTrue(failures.size() < 3, "stopped early: " + failures);
	}
}
