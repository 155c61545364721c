package org.coursewright.ui.preview;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.builder.CourseBuilder;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The page learners will see: the published session under the editor's caret, in a browser,
 * reloaded as soon as the builder has republished the site after a save.
 */
public class PreviewView extends ViewPart {

	public static final String ID = "org.coursewright.ui.preview";

	private Browser browser;
	private Path shownPage;

	private final ISelectionListener caretListener = (IWorkbenchPart part, ISelection selection) -> {
		if (part instanceof ITextEditor editor && selection instanceof ITextSelection text) {
			showSessionAt(editor, text.getOffset());
		}
	};

	private final IResourceChangeListener siteListener = event -> {
		if (shownPage != null && touchesShownPage(event.getDelta())) {
			browser.getDisplay().asyncExec(this::reload);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		browser.setText(message("Put the caret in a session of a .course file to see its page here. The page appears once the module has"
				+ " been saved without errors."));
		getSite().getPage().addPostSelectionListener(caretListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(siteListener, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(caretListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(siteListener);
		super.dispose();
	}

	@Override
	public void setFocus() {
		browser.setFocus();
	}

	/** The page shown now, or null. */
	public Path shownPage() {
		return shownPage;
	}

	public Browser browser() {
		return browser;
	}

	public void showSessionAt(ITextEditor editor, int offset) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		Path file = editor.getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class) == null ? null
				: editor.getEditorInput().getAdapter(org.eclipse.core.resources.IFile.class).getLocation().toFile().toPath();
		if (document == null || file == null) {
			return;
		}
		LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).loadEdited(file, document.get());
		if (module.model() == null) {
			return;
		}
		XtextResource resource = module.resource(file).orElse(null);
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		Session session = element == null ? null : EcoreUtil2.getContainerOfType(element, Session.class);
		if (session == null) {
			return;
		}
		String number = Numbering.of(module.model()).numberOf(session);
		Path page = module.folder().resolve(CourseBuilder.SITE).resolve("session-" + number.replace('.', '-') + ".html");
		if (!page.equals(shownPage)) {
			shownPage = page;
			reload();
		}
	}

	private void reload() {
		if (browser.isDisposed() || shownPage == null) {
			return;
		}
		if (Files.isRegularFile(shownPage)) {
			browser.setUrl(shownPage.toUri().toString());
		} else {
			browser.setText(message("This session has not been published yet: save the module without errors."));
		}
	}

	private boolean touchesShownPage(IResourceDelta delta) {
		if (delta == null) {
			return false;
		}
		boolean[] found = { false };
		try {
			delta.accept(child -> {
				if (child.getResource().getLocation() != null
						&& child.getResource().getLocation().toFile().toPath().equals(shownPage)) {
					found[0] = true;
				}
				return !found[0];
			});
		} catch (CoreException e) {
			return false;
		}
		return found[0];
	}

	private static String message(String text) {
		return "<!DOCTYPE html><html lang=\"en\"><body style=\"font-family: sans-serif; padding: 1em\"><p>"
				+ text.replace("&", "&amp;").replace("<", "&lt;") + "</p></body></html>";
	}
}
