package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.ui.wizards.ExportCoursePackWizard;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File › Export › Course Pack, driven through its dialog as a designer would. */
class ExportCoursePackTest {

	@TempDir
	Path folder;

	private IProject project;
	private WizardDialog dialog;

	@BeforeEach
	void openTheWizardOnTheExample() throws Exception {
		project = ExampleProject.create("packs", folder);
		open(new StructuredSelection(project));
	}

	private void open(StructuredSelection selection) {
		if (dialog != null && dialog.getShell() != null) {
			dialog.close();
		}
		ExportCoursePackWizard wizard = new ExportCoursePackWizard();
		wizard.init(PlatformUI.getWorkbench(), selection);
		dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
	}

	@AfterEach
	void close() throws Exception {
		if (dialog.getShell() != null) {
			dialog.close();
		}
		project.delete(false, true, null);
	}

	@Test
	void theChosenPacksAreWrittenBesideTheModuleWithASummaryOfTheReport() throws Exception {
		List<Button> formats = Widgets.controls(dialog.getShell(), Button.class).stream().filter(b -> (b.getStyle() & SWT.CHECK) != 0).toList();
		assertEquals(List.of("IMS Common Cartridge 1.1 (Moodle, Canvas, Blackboard, Brightspace, Sakai)", "SCORM 1.2",
				"SCORM 2004 4th Edition", "Course site as a zip", "EPUB 3 e-book", "PDF course reader (tagged, PDF/UA-1)"),
				formats.stream().map(Button::getText).toList());
		assertTrue(formats.stream().allMatch(Button::getSelection), "every format is chosen at first");
		Text output = Widgets.controls(dialog.getShell(), Text.class).get(0);
		assertEquals(folder.resolve("packs").toString(), output.getText(), "packs go beside the module by default");
		Screenshots.ofShell(dialog.getShell(), "export-course-pack.png");

		click(formats.get(3), false);
		String summary = finishAndReadTheSummary();
		assertEquals("Written into " + folder.resolve("packs") + ":\n\n"
				+ "EDL710-cc11.imscc: 1 element carried differently\n"
				+ "EDL710-scorm12.zip: 4 elements carried differently\n"
				+ "EDL710-scorm2004.zip: 4 elements carried differently\n"
				+ "EDL710.epub: 19 elements carried differently\n"
				+ "EDL710-reader.pdf: 20 elements carried differently\n"
				+ "\nWhat became of each element: EDL710-packs.txt beside them.", summary);
		assertTrue(Files.exists(folder.resolve("packs/EDL710-cc11.imscc")));
		assertTrue(Files.exists(folder.resolve("packs/EDL710-scorm2004.zip")));
		assertTrue(Files.exists(folder.resolve("packs/EDL710-reader.pdf")));
		assertFalse(Files.exists(folder.resolve("packs/EDL710-site.zip")), "the format left unchosen is not written");
		assertTrue(project.getFolder("packs").getFile("EDL710-packs.txt").exists(), "the workspace sees the new files");
		assertEquals(null, dialog.getShell(), "the wizard has closed");
	}

	/** Opened with nothing selected (File › Export from an empty explorer), the designer picks the module from the course projects. */
	@Test
	void withNothingSelectedTheModuleIsChosenFromTheCourseProjects() {
		open(StructuredSelection.EMPTY);
		Combo module = Widgets.controls(dialog.getShell(), Combo.class).get(0);
		int index = List.of(module.getItems()).indexOf("packs");
		assertTrue(index >= 0, List.of(module.getItems()).toString());
		module.select(index);
		module.notifyListeners(SWT.Selection, new Event());
		assertEquals(folder.resolve("packs").toString(), Widgets.controls(dialog.getShell(), Text.class).get(0).getText());
		assertEquals(null, dialog.getCurrentPage().getErrorMessage());
		assertTrue(dialog.getCurrentPage().isPageComplete());
	}

	@Test
	void withNoFormatChosenTheWizardCannotFinish() {
		for (Button check : Widgets.controls(dialog.getShell(), Button.class)) {
			if ((check.getStyle() & SWT.CHECK) != 0) {
				click(check, false);
			}
		}
		Button finish = Widgets.controls(dialog.getShell(), Button.class).stream().filter(b -> b.getText().equals("&Finish")).findFirst().orElseThrow();
		assertFalse(finish.isEnabled());
		assertEquals("Choose at least one format.", dialog.getCurrentPage().getErrorMessage());
	}

	/** Presses Finish; the summary dialog it opens is modal, so it is read and closed from the event loop. */
	private String finishAndReadTheSummary() throws Exception {
		Display display = dialog.getShell().getDisplay();
		StringBuilder summary = new StringBuilder();
		Runnable[] closer = new Runnable[1];
		closer[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (ExportCoursePackWizard.DONE_TITLE.equals(shell.getText()) && shell.isVisible()) {
					Widgets.controls(shell, Label.class).stream().map(Label::getText).filter(t -> t.startsWith("Written into"))
							.forEach(summary::append);
					try {
						Screenshots.ofShell(shell, "export-course-pack-summary.png");
					} catch (Exception e) {
						throw new IllegalStateException(e);
					}
					shell.close();
					return;
				}
			}
			display.timerExec(50, closer[0]);
		};
		display.timerExec(50, closer[0]);
		Button finish = Widgets.controls(dialog.getShell(), Button.class).stream().filter(b -> b.getText().equals("&Finish")).findFirst().orElseThrow();
		finish.notifyListeners(SWT.Selection, new Event());
		return summary.toString();
	}

	private static void click(Button check, boolean selected) {
		check.setSelection(selected);
		check.notifyListeners(SWT.Selection, new Event());
	}

}
