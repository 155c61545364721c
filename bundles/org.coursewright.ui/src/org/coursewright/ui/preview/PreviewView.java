package org.coursewright.ui.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.course.Addition;
import org.coursewright.dsl.course.Change;
import org.coursewright.dsl.course.Hide;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.SourceText;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.Publisher;
import org.coursewright.ui.ChangedFiles;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.builder.CourseBuilder;
import org.coursewright.ui.editor.EditedModules;
import org.coursewright.ui.preferences.CoursewrightPreferences;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The page learners will see: the published session under the editor's caret, in a browser.
 * After a save it renders that one page itself at once, rather than wait for the builder to
 * check and republish the whole site (which it then does, and the page is reloaded from it).
 */
public class PreviewView extends ViewPart {

	public static final String ID = "org.coursewright.ui.preview";

	private Browser browser;
	private Path shownPage;
	/** The id of the session shown, to find it again in the module as saved. */
	private String shownSession;
	private Path previewFolder;
	/** The id of the element under the caret, whose block the page is scrolled to. */
	private String shownElement;
	/** Where the page was scrolled to before it was refreshed, to keep the designer's place. */
	private Object keptScroll;
	/**
	 * When the page now loading was asked for (0 when none is): its scroll position is not the
	 * designer's place yet. A load that fails never reports its end, so one asked for more than
	 * {@value #LOAD_PATIENCE_MILLIS} ms ago no longer counts.
	 */
	private long loadingSince;
	private static final long LOAD_PATIENCE_MILLIS = 3000;

	private final ISelectionListener caretListener = (IWorkbenchPart part, ISelection selection) -> {
		if (part instanceof ITextEditor editor && selection instanceof ITextSelection text) {
			showSessionAt(editor, text.getOffset());
		}
	};

	private final IResourceChangeListener siteListener = event -> {
		if (shownPage == null) {
			return;
		}
		if (touchesShownPage(event.getDelta())) {
			browser.getDisplay().asyncExec(() -> {
				rememberPlace();
				reload();
			});
			return;
		}
		List<Path> saved = CoursewrightPreferences.previewOnSave() ? savedModuleFiles(event.getDelta()) : List.of();
		if (!saved.isEmpty()) {
			Path site = shownPage.getParent();
			String session = shownSession;
			CourseUi.background().execute(() -> renderSaved(site, session, saved));
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		browser = new Browser(parent, SWT.NONE);
		browser.addProgressListener(ProgressListener.completedAdapter(event -> keepPlace()));
		browser.setText(message("Put the caret in a session of a .course file, or on a change in an .adaptation file, to see its page here. The page appears once the module has"
				+ " been saved without errors."));
		getSite().getPage().addPostSelectionListener(caretListener);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(siteListener, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(caretListener);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(siteListener);
		deletePreviewFolder();
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
		Path file = editor.getEditorInput().getAdapter(IFile.class) == null ? null
				: editor.getEditorInput().getAdapter(IFile.class).getLocation().toFile().toPath();
		if (document == null || file == null) {
			return;
		}
		LoadedModule module = EditedModules.load(file, document.get());
		if (module.model() == null) {
			return;
		}
		XtextResource resource = module.resource(file).orElse(null);
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		var leaf = NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		EObject element = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		Session session = element == null ? null : sessionOf(element);
		if (session == null) {
			return;
		}
		String number = Numbering.of(module.model()).numberOf(session);
		Path page = module.folder().resolve(CourseBuilder.SITE).resolve("session-" + number.replace('.', '-') + ".html");
		shownSession = session.getName();
		String block = blockOf(element);
		boolean movedToAnotherBlock = block != null && !block.equals(shownElement);
		shownElement = block;
		if (!page.equals(shownPage)) {
			shownPage = page;
			PreviewRehearsal.startOnce(file, shownSession, page.getParent());
			keptScroll = null;
			reload();
		} else if (movedToAnotherBlock) {
			scrollToShownElement();
		}
	}

	/** The id of the block an element is part of on the page: an activity, forum prompt, reading, box, figure, media or section. */
	private static String blockOf(EObject element) {
		for (EObject container = element; container != null; container = container.eContainer()) {
			EObject named = container instanceof Addition ? container : namedBy(container);
			if (named != null && (named instanceof org.coursewright.dsl.course.Activity
					|| named instanceof org.coursewright.dsl.course.ForumPrompt || named instanceof org.coursewright.dsl.course.Reading
					|| named instanceof org.coursewright.dsl.course.Box || named instanceof org.coursewright.dsl.course.Figure
					|| named instanceof org.coursewright.dsl.course.Media || named instanceof org.coursewright.dsl.course.Section)) {
				return org.eclipse.xtext.util.SimpleAttributeResolver.NAME_RESOLVER.apply(named);
			}
		}
		return null;
	}

	/**
	 * Says on the page shown that it is the last version without errors, and why the saved one
	 * is not shown; the reason (the designer's words in a message) is set as text, never as markup.
	 */
	private void showOutOfDate(String reason) {
		if (browser.isDisposed() || shownPage == null) {
			return;
		}
		browser.execute("var b = document.getElementById('coursewright-out-of-date');"
				+ "if (!b) { b = document.createElement('div'); b.id = 'coursewright-out-of-date'; b.setAttribute('role', 'status');"
				+ "b.style.cssText = 'position:sticky;top:0;z-index:10;background:#fff4ce;color:#1a1a1a;border-bottom:2px solid #c19c00;"
				+ "padding:.5em 1em;font:14px sans-serif'; document.body.insertBefore(b, document.body.firstChild); }"
				+ "b.textContent = " + jsString("Out of date: this is the last version without errors. The saved module has an error: "
						+ reason) + ";");
	}

	/** A JavaScript string literal of any text: quotes, backslashes, line breaks and non-ASCII escaped. */
	static String jsString(String text) {
		StringBuilder literal = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				literal.append('\\').append(c);
			} else if (c < 0x20 || c > 0x7e) {
				literal.append(String.format("\\u%04x", (int) c));
			} else {
				literal.append(c);
			}
		}
		return literal.append('"').toString();
	}

	/** Once a page has loaded: back where the designer was if it was refreshed, else at the caret's block. */
	private void keepPlace() {
		loadingSince = 0;
		if (keptScroll instanceof Number y) {
			browser.execute("window.scrollTo(0, " + y.intValue() + ");");
			keptScroll = null;
		} else {
			scrollToShownElement();
		}
	}

	private void scrollToShownElement() {
		if (shownElement != null && shownElement.matches("[A-Za-z0-9_\\-]+")) {
			browser.execute("var e = document.getElementById('" + shownElement + "'); if (e) { e.scrollIntoView(); }");
		}
	}

	/** Remembers where the page is scrolled to, before it is shown again refreshed. */
	private void rememberPlace() {
		// a refresh arriving while the last one still loads (the preview's page, then the
		// builder's) keeps the place remembered before the first: the page loading is not at it yet
		if (!browser.isDisposed() && System.currentTimeMillis() - loadingSince > LOAD_PATIENCE_MILLIS) {
			keptScroll = browser.evaluate("return window.scrollY;");
		}
	}

	/**
	 * The session an element is in. In a tutor's adaptation, the session of the module's
	 * element that the change, hide or addition under the caret names: the builder publishes
	 * the adapted site beside the adaptation, with the module's session numbers.
	 */
	private static Session sessionOf(EObject element) {
		for (EObject container = element; container != null; container = container.eContainer()) {
			EObject named = namedBy(container);
			if (named != container) {
				return named == null ? null : EcoreUtil2.getContainerOfType(named, Session.class);
			}
		}
		return EcoreUtil2.getContainerOfType(element, Session.class);
	}

	/**
	 * The module element a tutor's change, hide or addition names (null when it is not in the
	 * module); any other element stands for itself.
	 */
	private static EObject namedBy(EObject element) {
		EObject named = element instanceof Change change ? change.getTarget()
				: element instanceof Hide hide ? hide.getTarget()
				: element instanceof Addition addition ? addition.getAnchor() : element;
		return named == null || named.eIsProxy() ? null : named;
	}

	/**
	 * On a background thread: the shown session's page from the module as just saved, written
	 * outside the site (which belongs to the builder) with a base address into the site, so
	 * that its stylesheet, images and links resolve there.
	 */
	private void renderSaved(Path site, String sessionId, List<Path> saved) {
		try {
			LoadedModule module = saved.size() == 1 ? EditedModulesOnDisk.load(saved.get(0)) : wholeModule(site.getParent());
			String why = module == null ? "the saved file cannot be read"
					: module.problems().stream().filter(Problem::isError).findFirst()
							.map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.message()).orElse(null);
			if (why == null && saved.size() == 1 && othersHaveErrors(saved.get(0))) {
				why = "another file of the module has errors (see the Problems view)";
			}
			if (why != null || module.model() == null) {
				// the builder will not publish it either: the page stays as it was, marked as such
				String reason = why;
				browser.getDisplay().asyncExec(() -> showOutOfDate(reason));
				return;
			}
			Session session = sessionNamed(module, sessionId);
			if (session == null) {
				return;
			}
			String html = Publisher.renderSessionPage(module.model(), CoursewrightPreferences.publishOptions(module.model(), site), session)
					.replaceFirst("<head>", "<head><base href=\"" + site.toUri() + "\">");
			Path page = previewFolder().resolve(shownPage.getFileName().toString());
			Files.writeString(page, html);
			browser.getDisplay().asyncExec(() -> {
				if (!browser.isDisposed() && site.equals(shownPage.getParent()) && sessionId.equals(shownSession)) {
					rememberPlace();
					loadingSince = System.currentTimeMillis();
					browser.setUrl(page.toUri().toString());
				}
			});
		} catch (ModuleLoader.BadPathException | PublishException | IOException | RuntimeException e) {
			// the builder's republishing still refreshes the page
		}
	}

	/** The session with this id in the loaded module, or null. */
	static Session sessionNamed(LoadedModule module, String sessionId) {
		return module.model().allElements().filter(Session.class::isInstance).map(Session.class::cast)
				.filter(s -> sessionId.equals(s.getName())).findFirst().orElse(null);
	}

	/**
	 * The module with one file just saved. When the designer paused before saving, the editor
	 * has already checked exactly this text and the module comes ready. The other files have
	 * not changed, so the builder's markers on them stand in for checking them again; only a
	 * link of theirs broken by this save shows later, as the builder's marker, not here.
	 */
	private static final class EditedModulesOnDisk {

		/** The module with the file as saved, or null when the file cannot be read as text. */
		static LoadedModule load(Path file) throws IOException {
			if (!(SourceText.decode(Files.readAllBytes(file)) instanceof SourceText.Readable readable)) {
				return null;
			}
			return EditedModules.load(file, readable.text());
		}
	}

	private static boolean othersHaveErrors(Path file) {
		IFile saved = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file.toString()));
		if (saved == null) {
			return true; // not in the workspace, so no markers to go by: the builder decides
		}
		try {
			for (IResource member : saved.getParent().members()) {
				if (!member.equals(saved) && "course".equals(member.getFileExtension())
						&& member.findMaxProblemSeverity(CourseBuilder.MARKER, false, IResource.DEPTH_ZERO) == IMarker.SEVERITY_ERROR) {
					return true;
				}
			}
			return false;
		} catch (CoreException e) {
			return true;
		}
	}

	private static LoadedModule wholeModule(Path folder) throws ModuleLoader.BadPathException {
		List<LoadedModule> modules = CourseUi.injector().getInstance(ModuleLoader.class).load(List.of(folder));
		return modules.isEmpty() ? null : modules.get(0);
	}

	private synchronized Path previewFolder() throws IOException {
		if (previewFolder == null) {
			previewFolder = Files.createTempDirectory("coursewright-preview");
		}
		return previewFolder;
	}

	private synchronized void deletePreviewFolder() {
		if (previewFolder != null) {
			try (var files = Files.list(previewFolder)) {
				for (Path file : files.toList()) {
					Files.deleteIfExists(file);
				}
				Files.deleteIfExists(previewFolder);
			} catch (IOException e) {
				// a temporary folder left behind is harmless
			}
		}
	}

	/** The .course files of the shown module whose text changed on disk: the designer saved them. */
	private List<Path> savedModuleFiles(IResourceDelta delta) {
		Path moduleFolder = shownPage.getParent().getParent();
		return ChangedFiles.in(delta, (child, file) -> ChangedFiles.isCourseFileEdit(child) && child.getKind() == IResourceDelta.CHANGED
				&& moduleFolder.equals(file.getParent()));
	}

	private void reload() {
		if (browser.isDisposed() || shownPage == null) {
			return;
		}
		loadingSince = System.currentTimeMillis();
		if (Files.isRegularFile(shownPage)) {
			browser.setUrl(shownPage.toUri().toString());
		} else {
			browser.setText(message("This session has not been published yet: save the module without errors."));
		}
	}

	private boolean touchesShownPage(IResourceDelta delta) {
		return !ChangedFiles.in(delta, (child, file) -> file.equals(shownPage)).isEmpty();
	}

	private static String message(String text) {
		return "<!DOCTYPE html><html lang=\"en\"><body style=\"font-family: sans-serif; padding: 1em\"><p>"
				+ text.replace("&", "&amp;").replace("<", "&lt;") + "</p></body></html>";
	}
}
