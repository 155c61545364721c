package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.coursewright.adaptations.apply.AdaptedModules;
import org.coursewright.adaptations.apply.UpstreamChange;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.adaptations.AdaptationResolutions;
import org.coursewright.ui.adaptations.UpstreamCompareInput;
import org.coursewright.ui.builder.CourseBuilder;
import org.coursewright.ui.wizards.NewAdaptationWizard;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.coursewright.ui.editor.CourseContentAssist;
import org.coursewright.ui.preview.PreviewView;
import org.coursewright.ui.editor.CourseHover;
import org.coursewright.ui.editor.DefinitionHyperlinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tutor's adaptation in the workbench: made with the wizard, warned of the module's changes, accepted with a quick fix. */
class AdaptationWorkbenchTest {

	@TempDir
	Path folder;

	private IProject module;
	private IFile adaptation;

	@BeforeEach
	void adaptTheExample() throws Exception {
		module = ExampleProject.create("adapted-" + folder.getFileName(), folder.resolve("leadership"));
		NewAdaptationWizard wizard = new NewAdaptationWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(module.getFile("02-practices.course")));
		new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard).create();
		wizard.fill("spring-" + folder.getFileName().toString().replaceAll("[^0-9]", ""), "the spring cohort");
		assertTrue(wizard.performFinish());
		adaptation = wizard.createdFile();
	}

	@AfterEach
	void delete() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		adaptation.getProject().delete(false, true, null);
		module.delete(false, true, null);
	}

	@Test
	void theWizardWritesTheAdaptationAndItsLockBesideTheModule() throws Exception {
		Path file = Path.of(adaptation.getLocation().toOSString());
		assertEquals(folder.resolve(file.getParent().getFileName()), file.getParent(), "a folder beside the module's");
		assertTrue(Files.readString(file).startsWith("adaptation for cohort " + file.getParent().getFileName()
				+ " \"the spring cohort\" {\n\tmodule \"../leadership\"\n}\n"), Files.readString(file));
		assertTrue(Files.readString(file.resolveSibling(file.getFileName() + ".lock")).contains("\"module\": \"EDL710\""));
		assertEquals(adaptation, PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor()
				.getEditorInput().getAdapter(IFile.class), "the new adaptation is open");
	}

	@Test
	void aModuleChangeUnderTheTutorsIsAWarningThatAcceptingTakesAway() throws Exception {
		moreTimeForRankingAccepted();
		IFile practices = module.getFile("02-practices.course");
		write(practices, read(practices).replace("allow about 20 minutes\n\t\t\tserves lo2", "allow about 25 minutes\n\t\t\tserves lo2"));

		TestWorkbench.waitFor(() -> !upstreamMarkers().isEmpty(), "the warning of the module's change");
		IMarker marker = upstreamMarkers().get(0);
		assertEquals("Activity 2.1 'Rank the dimensions': the module changed its timing since you accepted it; yours is kept."
				+ " Base: \u201cabout 20 minutes\u201d. Module now: \u201cabout 25 minutes\u201d. Yours: \u201cabout 30 minutes\u201d."
				+ " The module's change: about [-20-] {+25+} minutes [adaptation-upstream-changed]", marker.getAttribute(IMarker.MESSAGE));
		// as the Problems view finds them: through the plug-in's marker resolution generator
		IMarkerResolution[] fixes = IDE.getMarkerHelpRegistry().getResolutions(marker);
		assertEquals(List.of(AdaptationResolutions.ACCEPT, AdaptationResolutions.COMPARE),
				Arrays.stream(fixes).map(IMarkerResolution::getLabel).toList());

		UpstreamChange change = AdaptationResolutions.upstreamChangeAt(marker).orElseThrow();
		DiffNode three = new UpstreamCompareInput(change).node();
		assertEquals(List.of("about 20 minutes", "about 30 minutes", "about 25 minutes"),
				List.of(text(three.getAncestor()), text(three.getLeft()), text(three.getRight())), "base, yours, the module now");

		fixes[0].run(marker);
		TestWorkbench.waitFor(() -> upstreamMarkers().isEmpty(), "the warning to go once accepted");
		assertTrue(read(adaptation.getParent().getFile(org.eclipse.core.runtime.IPath.fromPortableString(adaptation.getName() + ".lock")))
				.contains("\"timing\": \"about 25 minutes\""));
	}

	@Test
	void inTheEditorTheModulesIdsAreProposedExplainedAndLedTo() throws Exception {
		write(adaptation, read(adaptation) + "\nchange rank-dimensions {\n\tallow about 30 minutes\n}\n");
		ITextEditor editor = (ITextEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), adaptation);
		ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		int id = document.get().indexOf("rank-dimensions") + 2;

		CourseHover hover = new CourseHover();
		assertEquals("Activity 2.1 Rank the dimensions \u2014 Allow about 20 minutes",
				hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, id)), "the module's element, as the module has it");

		int at = document.get().indexOf("rank-dimensions");
		document.replace(at, "rank-dimensions".length(), "rank-");
		List<String> proposed = Arrays.stream(new CourseContentAssist().computeCompletionProposals(viewer, at + "rank-".length()))
				.map(ICompletionProposal::getDisplayString).toList();
		assertTrue(proposed.stream().anyMatch(p -> p.startsWith("rank-dimensions")), proposed.toString());
		document.replace(at, "rank-".length(), "rank-dimensions");

		new DefinitionHyperlinks().detectHyperlinks(viewer, new Region(id, 0), false)[0].open();
		ITextEditor opened = (ITextEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
		assertEquals("02-practices.course", opened.getEditorInput().getName());
		assertEquals("rank-dimensions", ((ITextSelection) opened.getSelectionProvider().getSelection()).getText());
	}

	@Test
	void thePreviewShowsTheAdaptedPageOfTheChangeUnderTheCaret() throws Exception {
		moreTimeForRankingAccepted();
		org.eclipse.ui.IWorkbenchPage page = TestWorkbench.page();
		ITextEditor editor = (ITextEditor) IDE.openEditor(page, adaptation);
		TestWorkbench.courseAuthoring();
		PreviewView preview = (PreviewView) page.showView(PreviewView.ID);
		page.activate(editor);
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		editor.selectAndReveal(document.get().indexOf("allow about 30"), 0);
		Path adapted = Path.of(adaptation.getParent().getLocation().toOSString(), "site", "session-2-1.html");
		TestWorkbench.waitFor(() -> adapted.equals(preview.shownPage()), "the adapted page of the changed activity's session");
		TestWorkbench.waitFor(() -> "Timing: Allow about 30 minutes".equals(preview.browser().evaluate(
				"var p = document.querySelector('#rank-dimensions .timing'); return p ? p.textContent : null;")),
				"the adapted timing on the previewed page");
	}

	/** The tutor gives Activity 2.1 more time and accepts, as 'coursewright adapt accept' would. */
	private void moreTimeForRankingAccepted() throws Exception {
		write(adaptation, read(adaptation) + "\nchange rank-dimensions {\n\tallow about 30 minutes\n}\n");
		AdaptedModules.accept(CourseUi.injector().getInstance(ModuleLoader.class)
				.load(List.of(Path.of(adaptation.getLocation().toOSString()))).get(0), Set.of());
		adaptation.getParent().refreshLocal(IResource.DEPTH_ONE, null);
	}

	private List<IMarker> upstreamMarkers() {
		try {
			return Arrays.stream(adaptation.findMarkers(CourseBuilder.MARKER, false, IResource.DEPTH_ZERO))
					.filter(m -> "adaptation-upstream-changed".equals(m.getAttribute(CourseBuilder.CODE, ""))).toList();
		} catch (CoreException e) {
			return List.of();
		}
	}

	private static String text(Object version) {
		return ((UpstreamCompareInput.Version) version).text();
	}

	private static String read(IFile file) throws Exception {
		return Files.readString(Path.of(file.getLocation().toOSString()));
	}

	private static void write(IFile file, String text) throws CoreException {
		file.setContents(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), IResource.FORCE, null);
	}
}
