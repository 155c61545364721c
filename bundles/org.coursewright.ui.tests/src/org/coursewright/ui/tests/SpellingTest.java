package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.coursewright.spelling.WordList;
import org.coursewright.ui.editor.QuickFixes;
import org.coursewright.ui.editor.SpellingAnnotation;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Misspelt words of prose and titles are underlined as the designer types, with corrections and the module's word list. */
class SpellingTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;

	@Test
	void aMisspeltWordIsUnderlinedAndCorrectedOrAddedToTheWordList() throws Exception {
		project = examples.open("spelt", folder);
		ITextEditor editor = (ITextEditor) IDE.openEditor(TestWorkbench.page(), project.getFile("02-practices.course"));
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		ISourceViewer viewer = (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
		// a typo in prose, one in a title and one in an id (which is not prose); nothing else of
		// the example is underlined, since its word list accepts "resourcing"
		document.replace(document.get().indexOf("what learners achieve"), "what learners achieve".length(), "what lerners achieve");
		document.replace(document.get().indexOf("\"Rank the dimensions\""), "\"Rank the dimensions\"".length(), "\"Rank the dimensoins\"");
		document.replace(document.get().indexOf("session evidence"), "session evidence".length(), "session evidance");
		TestWorkbench.waitFor(() -> words(viewer).equals(List.of("lerners", "dimensoins")), "the two words underlined, and only them");
		SpellingAnnotation learners = marks(viewer).get(0);
		Position at = viewer.getAnnotationModel().getPosition(learners);
		assertEquals(document.get().indexOf("lerners"), at.getOffset());
		assertEquals("'lerners' is not in the en-GB dictionary nor in the module's word list", learners.getText());

		ICompletionProposal[] fixes = new QuickFixes().computeQuickAssistProposals(new TextInvocationContext(viewer, at.getOffset() + 2, 0));
		List<String> offered = Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList();
		assertEquals("Change to 'learners'", offered.get(0), offered.toString());
		assertEquals("Add 'lerners' to the module's word list", offered.get(offered.size() - 1));
		fixes[0].apply(document);
		assertTrue(document.get().contains("Does leadership change what learners achieve?"));
		TestWorkbench.waitFor(() -> words(viewer).equals(List.of("dimensoins")), "the corrected word's mark to go");

		int title = document.get().indexOf("dimensoins");
		ICompletionProposal[] titleFixes = new QuickFixes().computeQuickAssistProposals(new TextInvocationContext(viewer, title, 0));
		titleFixes[titleFixes.length - 1].apply(document);
		Path wordList = folder.resolve(WordList.FILE_NAME);
		assertEquals("# Words the spelling check accepts in this module, one a line; shared by the course team.\ndimensoins\nresourcing\n",
				Files.readString(wordList, StandardCharsets.UTF_8));
		assertEquals(List.of(), words(viewer), "the word's marks go at once");
		// and the next check, after more typing, reads the list
		document.replace(document.get().indexOf("mostly indirectly"), "mostly indirectly".length(), "mostly indirecly");
		TestWorkbench.waitFor(() -> words(viewer).equals(List.of("indirecly")), "only the new typo underlined");
	}

	private static List<SpellingAnnotation> marks(ISourceViewer viewer) {
		TestWorkbench.dispatch();
		List<SpellingAnnotation> marks = new ArrayList<>();
		IAnnotationModel model = viewer.getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof SpellingAnnotation mark) {
				marks.add(mark);
			}
		}
		marks.sort((a, b) -> Integer.compare(model.getPosition(a).getOffset(), model.getPosition(b).getOffset()));
		return marks;
	}

	private static List<String> words(ISourceViewer viewer) {
		return marks(viewer).stream().map(SpellingAnnotation::word).toList();
	}
}
