package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.builder.CourseBuilder;
import org.coursewright.ui.builder.CourseNature;
import org.coursewright.ui.wizards.NewCourseProjectWizard;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File › New › Course Project gives a project whose starter module checks and publishes cleanly. */
class NewCourseProjectWizardTest {

	@org.junit.jupiter.api.io.TempDir
	Path folder;

	private IProject project;

	@AfterEach
	void delete() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	void finishingTheWizardCreatesACleanCourseProject() throws Exception {
		Path chosen = folder.resolve("leading-change");
		NewCourseProjectWizard wizard = new NewCourseProjectWizard();
		wizard.init(PlatformUI.getWorkbench(), null);
		wizard.setInitialProjectName("leading-change");
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		dialog.setBlockOnOpen(false);
		dialog.open();
		assertTrue(wizard.canFinish(), "the proposed name is enough to finish");
		assertEquals(Path.of(System.getProperty("user.home"), "Courses", "leading-change"), NewCourseProjectWizard.defaultFolder("leading-change"),
				"by default a folder the designer can see, not the hidden workspace");
		wizard.fill("leading-change", chosen, "LC200", "Leading change");
		Screenshots.ofShell(dialog.getShell(), "wizard-new-course-project.png");
		assertTrue(wizard.performFinish());
		dialog.close();
		project = wizard.createdProject();

		assertEquals("leading-change", project.getName());
		assertEquals(chosen, project.getLocation().toFile().toPath(), "the folder the designer chose");
		assertTrue(java.nio.file.Files.readString(chosen.resolve("00-module.course")).contains("module LC200 \"Leading change\" {"));
		assertTrue(project.hasNature(CourseNature.ID));
		assertEquals("01-first-unit.course",
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getName());
		Path folder = project.getLocation().toFile().toPath();
		LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(folder)).get(0);
		assertEquals(List.of(), module.problems(), "the starter module has no errors and no warnings");
		project.build(IncrementalProjectBuilder.FULL_BUILD, null);
		assertEquals(0, project.findMarkers(CourseBuilder.MARKER, true, IResource.DEPTH_INFINITE).length);
		assertTrue(project.getFile("site/session-1-1.html").exists(), "and it is published");
		// the course home says what to do next, as learners' pages would show it
		org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(folder.resolve("site/index.html").toFile(), "UTF-8");
		assertEquals(List.of("Write the first session in 01-first-unit.course. Add units with File › New › Unit File.",
				"In prose, type @ to cite your bibliography and [[ to link to an activity or figure.",
				"Save: the Problems view lists anything to fix, and the Preview shows the page learners see.",
				"When the module is ready, File › Export › Course Site or Course Pack."),
				home.select("p:has(strong:containsOwn(What to do next)) + ol > li").stream().map(li -> li.text()).toList());
	}
}
