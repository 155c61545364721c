package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.model.ModuleSummary;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.wizards.ExportSiteWizard;
import org.coursewright.ui.wizards.ImportBibliographyWizard;
import org.coursewright.ui.wizards.NewUnitFileWizard;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizards that add a unit, import a bibliography and export the site, on the example. */
class ModuleWizardsTest {

	@TempDir
	Path folder;

	@TempDir
	Path elsewhere;

	private IProject project;

	@BeforeEach
	void project() throws Exception {
		project = ExampleProject.create("wizards", folder);
	}

	@AfterEach
	void delete() throws Exception {
		project.delete(false, true, null);
	}

	private LoadedModule module() throws Exception {
		return CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(folder)).get(0);
	}

	@Test
	void aNewUnitFileComesLastWithItsTitleChecksCleanlyAndOpens() throws Exception {
		NewUnitFileWizard wizard = new NewUnitFileWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		wizard.setUnitTitle("Assessment");
		assertTrue(wizard.performFinish());
		// "assessment" is a word of the language (an activity type): the id says it is a unit
		assertEquals("04-assessment-unit.course", wizard.createdFile().getName());
		assertTrue(Files.readString(folder.resolve("04-assessment-unit.course")).startsWith("unit assessment-unit \"Assessment\" {"));
		assertEquals(List.of(), module().problems());
		assertEquals(4, ModuleSummary.of(module().model()).units());
		assertEquals("04-assessment-unit.course",
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().getEditorInput().getName());
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}

	@Test
	void anImportedBibliographyIsCopiedAndCitedFromTheHeader() throws Exception {
		Path bib = elsewhere.resolve("extra.bib");
		Files.writeString(bib, "@book{extra2020, author = {Ann Writer}, title = {Extra}, year = {2020}, publisher = {P}}\n");
		ImportBibliographyWizard wizard = new ImportBibliographyWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard).create();
		assertTrue(wizard.importFile(bib));
		assertTrue(project.getFile("extra.bib").exists());
		assertTrue(Files.readString(folder.resolve("00-module.course")).endsWith("bibliography \"references.bib\"\nbibliography \"extra.bib\"\n"));
		assertEquals(List.of("reference-not-cited"), module().problems().stream().map(p -> p.code()).toList(),
				"the new entry is known, and not cited yet");
	}

	@Test
	void theSiteIsExportedAsOneZipFile() throws Exception {
		ExportSiteWizard wizard = new ExportSiteWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		Path zip = elsewhere.resolve("site.zip");
		assertNull(wizard.export(zip));
		try (ZipFile file = new ZipFile(zip.toFile())) {
			assertTrue(file.getEntry("index.html") != null && file.getEntry("session-2-1.html") != null
					&& file.getEntry("images/dimensions.svg") != null);
		}
	}

	@Test
	void withAnEditorActiveTheSiteOfItsModuleIsExported() throws Exception {
		org.eclipse.ui.ide.IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(),
				project.getFile("02-practices.course"));
		ExportSiteWizard wizard = new ExportSiteWizard();
		// File › Export with an editor active: the workbench's selection is the editor's text, not a resource
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		Path zip = elsewhere.resolve("from-editor.zip");
		assertNull(wizard.export(zip));
		assertTrue(Files.isRegularFile(zip));
		assertEquals("The course site was written to " + zip + ". Upload it to any web server, or open index.html from it.",
				ExportSiteWizard.doneMessage(zip));
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false);
	}
}
