package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.coursewright.ui.views.LanguageReferenceView;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help › Coursewright Language Reference: the reference, with its tables, inside the workbench. */
class LanguageReferenceTest {

	@AfterEach
	void close() {
		IWorkbenchPage page = TestWorkbench.page();
		if (page.findView(LanguageReferenceView.ID) != null) {
			page.hideView(page.findView(LanguageReferenceView.ID));
		}
	}

	@Test
	void theHelpMenusCommandShowsTheReference() throws Exception {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		// the command and parameter the Help menu item runs
		ParameterizedCommand show = ParameterizedCommand.generateCommand(commands.getCommand("org.eclipse.ui.views.showView"),
				Map.of("org.eclipse.ui.views.showView.viewId", LanguageReferenceView.ID));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(show, null);
		LanguageReferenceView view = (LanguageReferenceView) TestWorkbench.page().findView(LanguageReferenceView.ID);
		TestWorkbench.waitFor(() -> "The Coursewright language".equals(view.browser().evaluate(
				"var h = document.querySelector('h1'); return h ? h.textContent : null;")), "the reference's title");
		Object tables = view.browser().evaluate("return document.querySelectorAll('table').length;");
		long written = java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("coursewright.root"), "docs", "language.md"))
				.stream().filter(line -> line.startsWith("|---")).count();
		assertEquals(written, ((Number) tables).longValue(), "every table of docs/language.md is a table on the page");
		assertEquals("Diagnostics and their codes", view.browser().evaluate(
				"return Array.from(document.querySelectorAll('h2')).map(h => h.textContent).find(t => t.startsWith('Diagnostics'));"));
		assertEquals("Diagnostics and their codes", view.browser().evaluate(
				"var h = document.getElementById('diagnostics-and-their-codes'); return h ? h.textContent : null;"),
				"the contents' links lead to their headings");
		Screenshots.ofWorkbench("language-reference.png");
	}
}
