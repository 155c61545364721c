package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.coursewright.ui.editor.CourseContentAssist;
import org.coursewright.ui.editor.CourseHover;
import org.coursewright.ui.editor.BracketMatcher;
import org.coursewright.ui.editor.DefinitionHyperlinks;
import org.coursewright.ui.editor.ProblemAnnotation;
import org.coursewright.ui.editor.QuickFixes;
import org.coursewright.ui.editor.SemanticHighlighter;
import org.coursewright.ui.outline.CourseOutlinePage;
import org.coursewright.ui.outline.OutlineNode;
import org.coursewright.ui.views.OutcomeCoverageView;
import org.coursewright.ui.views.StudyTimeView;
import org.coursewright.ui.editor.ValidationReconciler;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The editor as a designer meets it: a real workbench window on a (virtual) display. */
class CourseEditorTest {

	@TempDir
	Path folder;

	@RegisterExtension
	final OpenedExamples examples = new OpenedExamples();

	private IProject project;
	private ITextEditor editor;

	@BeforeEach
	void openTheExampleInAProject() throws Exception {
		// a project name of its own per test: a file buffer of an earlier test's /example/02-practices.course
		// that something still holds would otherwise be handed to this test's editor, with that test's edits
		project = examples.open("example-" + folder.getFileName(), folder);
		IFile file = project.getFile("02-practices.course");
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId());
		editor = (ITextEditor) part;
	}

	private IDocument document() {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private ISourceViewer viewer() {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	/** Replaces the first occurrence of a text as typing would; returns where it was. */
	private int typeOver(String text, String with) throws BadLocationException {
		int at = document().get().indexOf(text);
		document().replace(at, text.length(), with);
		return at;
	}

	private List<String> errorsAfterTyping(long timeoutMillis) {
		long end = System.currentTimeMillis() + timeoutMillis;
		List<String> errors = List.of();
		while (System.currentTimeMillis() < end) {
			TestWorkbench.dispatch();
			errors = errorsShown();
			if (!errors.isEmpty()) {
				return errors;
			}
			sleep(50);
		}
		return errors;
	}

	/**
	 * The texts of the errors the editor's own checking underlines now; the builder's markers
	 * of the saved file, shown the same way, are left out.
	 */
	private List<String> errorsShown() {
		List<String> errors = new ArrayList<>();
		IAnnotationModel model = viewer().getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (ValidationReconciler.ERROR.equals(annotation.getType()) && annotation instanceof ProblemAnnotation) {
				errors.add(annotation.getText());
			}
		}
		return errors;
	}

	@Test
	void savingAnotherFileOfTheModuleChecksTheOpenOneAgain() throws Exception {
		// an error typed and taken back: the editor's checking has certainly seen this text
		typeOver("[@day2010]", "[@nosuch2099]");
		assertEquals(1, errorsAfterTyping(20_000).size());
		typeOver("[@nosuch2099]", "[@day2010]");
		TestWorkbench.waitFor(() -> errorsShown().isEmpty(), "the typed error to go");
		IFile bibliography = project.getFile("bibliography.course");
		String text = new String(bibliography.getContents().readAllBytes(), StandardCharsets.UTF_8);
		bibliography.setContents(new ByteArrayInputStream(text.replace("report day2010 {", "report day2011 {").getBytes(StandardCharsets.UTF_8)),
				IResource.FORCE, null);

		assertEquals(List.of("No bibliography entry has the key 'day2010'. Add it to the bibliography or check the spelling."
				+ " [unknown-citation]"), errorsAfterTyping(20_000));
	}

	@Test
	void typingAnUnknownCitationUnderlinesItWithTheRuleCode() throws Exception {
		typeOver("[@day2010]", "[@nosuch2099]");
		List<String> errors = errorsAfterTyping(20_000);
		assertEquals(List.of("No bibliography entry has the key 'nosuch2099'. Add it to the bibliography or check the spelling."
				+ " [unknown-citation]"), errors);
	}

	@Test
	void contentAssistOffersTheActivityTypes() throws Exception {
		IDocument document = document();
		int at = document.get().indexOf("type interactive") + "type ".length();
		document.replace(at, "interactive".length(), "");
		ICompletionProposal[] proposals = new CourseContentAssist().computeCompletionProposals((ITextViewer) viewer(), at);
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(shown.containsAll(List.of("assimilative", "finding-information", "communication", "productive",
				"experiential", "interactive", "assessment")), shown.toString());
		proposals[shown.indexOf("experiential")].apply(document);
		assertTrue(document.get().contains("type experiential"), "the chosen proposal is inserted");
	}

	@Test
	void citingInProseProposesTheKeysWithTheirReferences() throws Exception {
		IDocument document = document();
		int at = document.get().indexOf("[@day2010]") + "[@da".length();
		document.replace(at, "y2010".length(), "");
		ICompletionProposal[] proposals = new CourseContentAssist().computeCompletionProposals((ITextViewer) viewer(), at);
		assertEquals(List.of("day2010 (Day et al., 2010)"), Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		assertEquals("Day, C., Sammons, P., Hopkins, D., Harris, A., Leithwood, K., Gu, Q., & Brown, E. (2010). Ten strong claims"
				+ " about successful school leadership. National College for Leadership of Schools and Children’s Services.",
				proposals[0].getAdditionalProposalInfo());
		proposals[0].apply(document);
		assertTrue(document.get().contains("its community all count [@day2010]."), "the key is completed in the prose");
	}

	@Test
	void linkingInProseProposesTheIdsAsLearnersSeeThem() throws Exception {
		IDocument document = document();
		int at = document.get().indexOf("[[dimensions-chart]]") + "[[".length();
		document.replace(at, "dimensions-chart".length(), "ra");
		ICompletionProposal[] proposals = new CourseContentAssist().computeCompletionProposals((ITextViewer) viewer(), at + 2);
		assertEquals(List.of("rank-dimensions \u2014 Activity 2.1 Rank the dimensions"),
				Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList());
		proposals[0].apply(document);
		assertTrue(document.get().contains("[[rank-dimensions]]"), "the id is completed in the link");
		assertEquals("@[", new String(new CourseContentAssist().getCompletionProposalAutoActivationCharacters()),
				"assist opens by itself only for a citation or a link");
	}

	@Test
	void enterIndentsInsideABlockAndAClosingBraceGoesBackUnderIt() throws Exception {
		String opening = "activity rank-dimensions \"Rank the dimensions\" {";
		int end = document().get().indexOf(opening) + opening.length();
		org.eclipse.swt.custom.StyledText widget = viewer().getTextWidget();
		widget.setCaretOffset(end);
		widget.insert("\n"); // as typed: through the viewer's auto-edit strategies
		assertTrue(document().get().contains(opening + "\n\t\t\t\n\t\t\ttype interactive"), "one tab deeper than the activity");
		widget.setCaretOffset(end + "\n\t\t\t".length());
		widget.insert("}");
		assertTrue(document().get().contains(opening + "\n\t\t}\n\t\t\ttype interactive"), "the brace under the activity's start");
	}

	@Test
	void anIdMarksItsOccurrencesAndAWordOfProseNothing() throws Exception {
		String text = document().get();
		long uses = java.util.regex.Pattern.compile("(?<![A-Za-z0-9_-])lo2(?![A-Za-z0-9_-])").matcher(text).results().count();
		assertTrue(uses >= 2, "the example serves lo2 more than once in this file");
		editor.selectAndReveal(text.indexOf("serves lo2") + "serves l".length(), 0);
		TestWorkbench.waitFor(() -> occurrenceMarks().size() == uses, "every lo2 of the file marked");
		editor.selectAndReveal(text.indexOf("Successful leaders") + 3, 0);
		TestWorkbench.waitFor(() -> occurrenceMarks().isEmpty(), "nothing marked for a word of prose");
	}

	private List<org.eclipse.jface.text.Position> occurrenceMarks() {
		List<org.eclipse.jface.text.Position> marks = new ArrayList<>();
		IAnnotationModel model = viewer().getAnnotationModel();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (org.coursewright.ui.editor.IdOccurrences.TYPE.equals(annotation.getType())) {
				marks.add(model.getPosition(annotation));
			}
		}
		return marks;
	}

	@Test
	void aReadingsSourceIsProposedWithItsCitation() throws Exception {
		IDocument document = document();
		int at = document.get().indexOf("from robinson2008") + "from ".length();
		document.replace(at, "robinson2008".length(), "");
		ICompletionProposal[] proposals = new CourseContentAssist().computeCompletionProposals((ITextViewer) viewer(), at);
		List<String> shown = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		assertTrue(shown.contains("robinson2008 (V. M. J. Robinson et al., 2008)"), shown.toString());
	}

	@Test
	void hoversNameWhatAKeyOrAnIdStandsFor() throws Exception {
		IDocument document = document();
		CourseHover hover = new CourseHover();
		int key = document.get().indexOf("@neumerski2013") + 3;
		assertEquals("Neumerski, C. M. (2013). Rethinking instructional leadership, a review: What do we know about principal,"
				+ " teacher, and coach instructional leadership, and where should we go from here? Educational Administration"
				+ " Quarterly, 49(2), 310–347. https://doi.org/10.1177/0013161X12456700",
				hover.getHoverInfo((ITextViewer) viewer(), hover.getHoverRegion((ITextViewer) viewer(), key)));
		int id = document.get().indexOf("rank-dimensions") + 2;
		assertEquals("Activity 2.1 Rank the dimensions — Allow about 20 minutes",
				hover.getHoverInfo((ITextViewer) viewer(), hover.getHoverRegion((ITextViewer) viewer(), id)));
	}

	@Test
	void formatCommandRestoresTheStandardLayout() throws Exception {
		IDocument document = document();
		String laidOut = document.get();
		String cramped = laidOut.replace("\n\t\t\ttype interactive\n\t\t\tallow about 20 minutes", " type interactive allow about 20 minutes");
		document.set(cramped);
		IHandlerService handlers = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getService(IHandlerService.class);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor);
		handlers.executeCommand("org.coursewright.ui.format", null);
		assertEquals(laidOut, document.get());
	}

	@Test
	void goToDefinitionOpensTheDeclarationInAnotherFile() throws Exception {
		IDocument document = document();
		DefinitionHyperlinks detector = new DefinitionHyperlinks();
		int served = document.get().indexOf("serves lo2") + "serves l".length();
		IHyperlink[] links = detector.detectHyperlinks((ITextViewer) viewer(), new org.eclipse.jface.text.Region(served, 0), false);
		links[0].open();
		ITextEditor opened = (ITextEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertEquals("00-module.course", opened.getEditorInput().getName());
		ITextSelection selection = (ITextSelection) opened.getSelectionProvider().getSelection();
		assertEquals("lo2", selection.getText());

		int cited = document().get().indexOf("[@day2010]") + 4;
		detector.detectHyperlinks((ITextViewer) viewer(), new org.eclipse.jface.text.Region(cited, 0), false)[0].open();
		ITextEditor bibliography = (ITextEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertEquals("bibliography.course", bibliography.getEditorInput().getName());
		assertEquals("day2010", ((ITextSelection) bibliography.getSelectionProvider().getSelection()).getText());
	}

	@Test
	void theOutlineShowsNumberedElementsAndLeadsToThem() throws Exception {
		IContentOutlinePage page = editor.getAdapter(IContentOutlinePage.class);
		assertTrue(page instanceof CourseOutlinePage, "the course outline, not an empty one");
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_OUTLINE);
		org.eclipse.ui.views.contentoutline.ContentOutline outline = (org.eclipse.ui.views.contentoutline.ContentOutline)
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(IPageLayout.ID_OUTLINE);
		CourseOutlinePage shown = (CourseOutlinePage) outline.getCurrentPage();
		List<OutlineNode> roots = shown.roots();
		OutlineNode unit = roots.get(0);
		assertEquals("Unit 2 Leadership practices that make a difference", unit.label());
		assertEquals(List.of("Session 2.1 What the evidence says", "Session 2.2 Getting closer to teaching"),
				unit.children().stream().map(OutlineNode::label).toList());
		assertEquals(List.of("Reading 2 from robinson2008", "Figure 2.1 Five dimensions of leadership and their effect on student outcomes",
				"Activity 2.1 Rank the dimensions", "Box Outcomes beyond test scores"),
				unit.children().get(0).children().stream().map(OutlineNode::label).toList());
		OutlineNode activity = unit.children().get(0).children().get(2);
		shown.select(activity);
		assertEquals(activity.offset(), ((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset());

		// Linked with the editor: the caret in the box's prose selects the box's line.
		assertTrue(shown.isLinkedWithEditor(), "linked by default");
		editor.selectAndReveal(document().get().indexOf("its community all count"), 0);
		TestWorkbench.waitUntil(() -> shown.selected() != null && shown.selected().label().startsWith("Box"));
		assertEquals("Box Outcomes beyond test scores", shown.selected() == null ? null : shown.selected().label());
		assertTrue(((ITextSelection) editor.getSelectionProvider().getSelection()).getOffset() == document().get().indexOf("its community all count"),
				"following the caret does not move it");
	}

	@Test
	void studyTimeAndOutcomeCoverageViewsShowTheEditedModule() throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		StudyTimeView studyTime = (StudyTimeView) page.showView(StudyTimeView.ID);
		OutcomeCoverageView coverage = (OutcomeCoverageView) page.showView(OutcomeCoverageView.ID);
		assertEquals("Total 11 h 20 min of 12 h declared", studyTime.summary());
		assertEquals(List.of("Unit 1 Leading and learning", "Unit 2 Leadership practices that make a difference",
				"Unit 3 Distributed and teacher leadership"), Arrays.stream(studyTime.tree().getItems()).map(i -> i.getText(0)).toList());
		assertEquals("3 h 35 min", studyTime.tree().getItem(1).getText(4));
		assertEquals(4, coverage.table().getItemCount());
		assertEquals("Activity 1.1, Activity 1.2, Activity 1.3, Forum 1.1", coverage.table().getItem(0).getText(1));
	}

	@Test
	void contentAssistOffersElementTemplatesInASession() throws Exception {
		IDocument document = document();
		int at = document.get().indexOf("\t\tbox pause-for-thought");
		document.replace(at, 0, "\t\tact\n");
		ICompletionProposal[] proposals = new CourseContentAssist().computeCompletionProposals((ITextViewer) viewer(), at + 5);
		ICompletionProposal template = Arrays.stream(proposals).filter(p -> p.getDisplayString().equals("New activity (template)"))
				.findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(proposals)));
		((org.eclipse.jface.text.contentassist.ICompletionProposalExtension2) template).apply((ITextViewer) viewer(), '\0', 0, at + 5);
		assertTrue(document.get().contains("\t\tactivity new-activity \"Title\" {\n\t\t\ttype productive\n\t\t\tallow about 30 minutes"),
				document.get());
		// the fields are linked: the id is selected, and Tab goes on through title, type, timing and outcome
		assertTrue(org.eclipse.jface.text.link.LinkedModeModel.hasInstalledModel(document), "the template's fields are Tab stops");
		org.eclipse.swt.graphics.Point selected = template.getSelection(document);
		assertEquals("new-activity", document.get(selected.x, selected.y));
		org.eclipse.jface.text.link.LinkedModeModel fields = org.eclipse.jface.text.link.LinkedModeModel.getModel(document, selected.x);
		assertTrue(fields.anyPositionContains(document.get().indexOf("Title\" {", at)), "the title is a field");
		assertTrue(fields.anyPositionContains(document.get().indexOf("30 minutes", at)), "the timing is a field");
	}

	@Test
	void theMatchingBraceOfAnActivityIsFound() throws Exception {
		IDocument document = document();
		int open = document.get().indexOf("{", document.get().indexOf("activity rank-dimensions"));
		int close = document.get().indexOf("\n\t\t}\n", open) + 3;
		org.eclipse.jface.text.IRegion pair = new BracketMatcher().match(document, open + 1);
		assertEquals(open, pair.getOffset());
		assertEquals(close - open + 1, pair.getLength());
	}

	/** The style the designer sees at a place in the file, once the pending colouring has arrived. */
	private org.eclipse.swt.custom.StyleRange styleAt(int modelOffset, java.util.function.Predicate<org.eclipse.swt.custom.StyleRange> awaited) {
		org.eclipse.swt.custom.StyleRange[] style = { null };
		boolean came = TestWorkbench.waitUntil(() -> {
			int widgetOffset = ((org.eclipse.jface.text.ITextViewerExtension5) viewer()).modelOffset2WidgetOffset(modelOffset);
			style[0] = viewer().getTextWidget().getStyleRangeAtOffset(widgetOffset);
			return style[0] != null && awaited.test(style[0]);
		});
		if (!came) {
			throw new AssertionError("the awaited colour never came; the style is " + style[0]);
		}
		return style[0];
	}

	@Test
	void semanticColoursTellDeclarationsReferencesAndCitationsInProse() throws Exception {
		String text = document().get();
		org.eclipse.swt.custom.StyleRange citation = styleAt(text.indexOf("[@day2010]") + 2,
				s -> s.foreground != null && s.foreground.getRGB().equals(SemanticHighlighter.CITATION));
		assertEquals(org.eclipse.swt.SWT.BOLD, citation.fontStyle & org.eclipse.swt.SWT.BOLD, "citations are bold");
		org.eclipse.swt.custom.StyleRange prose = styleAt(text.indexOf("[@day2010]") - 4, s -> true);
		assertTrue(!SemanticHighlighter.CITATION.equals(prose.foreground.getRGB()), "the prose around a citation keeps its colour");
		org.eclipse.swt.custom.StyleRange declaration = styleAt(text.indexOf("activity rank-dimensions") + "activity r".length(), s -> true);
		assertEquals(SemanticHighlighter.DECLARATION, declaration.foreground.getRGB(), "an activity's id where it is declared");
		org.eclipse.swt.custom.StyleRange reference = styleAt(text.indexOf("serves lo2") + "serves l".length(), s -> true);
		assertEquals(SemanticHighlighter.REFERENCE, reference.foreground.getRGB(), "an outcome's id where it is served");

		// Typing moves the colours with the text until the next pass colours it afresh.
		document().replace(0, 0, "// a new first line\n");
		org.eclipse.swt.custom.StyleRange moved = styleAt(document().get().indexOf("[@day2010]") + 2, s -> true);
		assertEquals(SemanticHighlighter.CITATION, moved.foreground.getRGB());
	}

	@Test
	void anActivityFoldsToItsFirstLine() throws Exception {
		ProjectionViewer projection = (ProjectionViewer) viewer();
		String text = document().get();
		int start = text.lastIndexOf('\n', text.indexOf("activity rank-dimensions")) + 1;
		int end = text.indexOf("\n\t\t}\n", start) + "\n\t\t}\n".length();
		ProjectionAnnotation[] fold = { null };
		TestWorkbench.waitFor(() -> {
			for (Iterator<Annotation> it = projection.getProjectionAnnotationModel().getAnnotationIterator(); it.hasNext();) {
				Annotation annotation = it.next();
				org.eclipse.jface.text.Position position = projection.getProjectionAnnotationModel().getPosition(annotation);
				if (position.getOffset() == start && position.getLength() == end - start) {
					fold[0] = (ProjectionAnnotation) annotation;
				}
			}
			return fold[0] != null;
		}, "a fold from the activity's first line to its closing brace");
		projection.getProjectionAnnotationModel().collapse(fold[0]);
		String shown = projection.getTextWidget().getText();
		assertTrue(shown.contains("\t\tactivity rank-dimensions \"Rank the dimensions\" {\n\n\t\tbox pause-for-thought"), shown);
		assertTrue(!shown.contains("type interactive"), "the folded body is hidden");
	}

	private ICompletionProposal[] quickFixesAt(int offset) {
		return new QuickFixes().computeQuickAssistProposals(new TextInvocationContext(viewer(), offset, 0));
	}

	@Test
	void quickFixesOfferTheNearestKeyAndAMissingTiming() throws Exception {
		IDocument document = document();
		int at = typeOver("[@day2010]", "[@day2011]");
		assertEquals(1, errorsAfterTyping(20_000).size());
		ICompletionProposal[] keys = quickFixesAt(at + 2);
		assertEquals(List.of("Change to 'day2010'"), Arrays.stream(keys).map(ICompletionProposal::getDisplayString).toList());
		keys[0].apply(document);
		assertTrue(document.get().contains("its community all count [@day2010]."));

		String timing = "\t\t\tallow about 20 minutes\n";
		int line = document.get().indexOf(timing);
		document.replace(line, timing.length(), "");
		int id = document.get().indexOf("rank-dimensions");
		long end = System.currentTimeMillis() + 20_000;
		ICompletionProposal[] fixes = new ICompletionProposal[0];
		while (fixes.length == 0 && System.currentTimeMillis() < end) {
			errorsAfterTyping(300);
			fixes = quickFixesAt(id + 1);
		}
		assertEquals(List.of("Add a timing (allow about 30 minutes)"), Arrays.stream(fixes).map(ICompletionProposal::getDisplayString).toList());
		fixes[0].apply(document);
		assertTrue(document.get().contains("\t\t\tresponse box small\n\t\t\tanswer") && document.get().contains(
				"\t\t\t\"\"\"\n\t\t\tallow about 30 minutes\n\t\t}\n\n\t\tbox pause-for-thought"), document.get());
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
