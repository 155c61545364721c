package org.coursewright.ui.element;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.coursewright.dsl.editing.EditableElements;
import org.coursewright.dsl.editing.ElementRewriter;
import org.coursewright.dsl.editing.TextChange;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.ui.CourseUi;
import org.coursewright.ui.editor.DocumentFiles;
import org.coursewright.ui.editor.EditedModules;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The activity, forum prompt, reading, figure or media under the editor's caret as a form. A
 * field changed in the form changes the file through the language (see ElementRewriter) as one
 * edit of the editor's document, which one undo takes back; typing in the editor shows in the
 * form once the typing pauses.
 */
public class ElementView extends ViewPart implements FieldEdits {

	public static final String ID = "org.coursewright.ui.element";
	static final String NOTHING_HERE = "Put the caret in an activity, forum prompt, reading, figure, video or audio of a .course file to edit it here.";
	private static final int TYPING_PAUSE_MILLIS = 300;

	private ScrolledComposite scrolled;
	private Composite body;
	private Label heading;
	private Label notice;
	private Composite fieldsArea;
	private ElementForm form;
	private String formFor = "";

	private ITextEditor editor;
	private IDocument document;
	private int caret;
	/** Where the shown element starts in the document, to find it again in a fresh parse when a field changes. */
	private int elementStart = -1;
	private boolean refreshPending;

	private final IDocumentListener typing = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			if (!refreshPending && !body.isDisposed()) {
				refreshPending = true;
				body.getDisplay().timerExec(TYPING_PAUSE_MILLIS, () -> {
					refreshPending = false;
					refresh();
				});
			}
		}
	};

	private final ISelectionListener caretListener = (IWorkbenchPart part, org.eclipse.jface.viewers.ISelection selection) -> {
		if (part instanceof ITextEditor textEditor && selection instanceof ITextSelection text && isCourseFile(textEditor)) {
			follow(textEditor);
			caret = text.getOffset();
			refresh();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		body = new Composite(scrolled, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		heading = new Label(body, SWT.WRAP);
		heading.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		notice = new Label(body, SWT.WRAP);
		notice.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		scrolled.setContent(body);
		scrolled.addListener(SWT.Resize, event -> layOut());
		showNothing();
		getSite().getPage().addPostSelectionListener(caretListener);
		if (getSite().getPage().getActiveEditor() instanceof ITextEditor active && isCourseFile(active)
				&& active.getSelectionProvider().getSelection() instanceof ITextSelection text) {
			follow(active);
			caret = text.getOffset();
			refresh();
		}
	}

	@Override
	public void setFocus() {
		scrolled.setFocus();
	}

	@Override
	public void dispose() {
		getSite().getPage().removePostSelectionListener(caretListener);
		follow(null);
		super.dispose();
	}

	private static boolean isCourseFile(ITextEditor editor) {
		return editor.getEditorInput().getName().endsWith(ModuleLoader.FILE_EXTENSION);
	}

	private void follow(ITextEditor next) {
		IDocument nextDocument = next == null ? null : next.getDocumentProvider().getDocument(next.getEditorInput());
		if (nextDocument != document) {
			if (document != null) {
				document.removeDocumentListener(typing);
			}
			if (nextDocument != null) {
				nextDocument.addDocumentListener(typing);
			}
		}
		editor = next;
		document = nextDocument;
	}

	/** Shows the element under the caret in the document as it is now. */
	void refresh() {
		if (body.isDisposed() || document == null) {
			return;
		}
		Optional<Path> file = DocumentFiles.pathOf(document);
		// read only: the module the editor's checks have loaded with this text, if they have
		Optional<Loaded> loaded = file.flatMap(path -> loaded(EditedModules.load(path, document.get()), path));
		Optional<EObject> element = loaded.flatMap(at -> EditableElements.at(at.resource(), Math.min(caret, document.getLength())));
		if (element.isEmpty()) {
			showNothing();
			return;
		}
		show(element.get(), loaded.get().module());
	}

	private void show(EObject element, CourseModule module) {
		String kind = element.eClass().getName();
		String id = String.valueOf(element.eGet(element.eClass().getEStructuralFeature("name")));
		elementStart = NodeModelUtils.findActualNodeFor(element).getOffset();
		if (!formFor.equals(kind)) {
			if (fieldsArea != null) {
				fieldsArea.dispose();
			}
			fieldsArea = new Composite(body, SWT.NONE);
			fieldsArea.setLayout(new GridLayout(2, false));
			fieldsArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			form = ElementForm.of(element, fieldsArea, this);
			formFor = kind;
		}
		heading.setText(words(kind) + " " + id);
		if (NOTHING_HERE.equals(notice.getText())) {
			notice.setText("");
		}
		form.show(element, module);
		layOut();
	}

	private void showNothing() {
		elementStart = -1;
		formFor = "";
		if (fieldsArea != null) {
			fieldsArea.dispose();
			fieldsArea = null;
		}
		heading.setText("");
		notice.setText(NOTHING_HERE);
		layOut();
	}

	private void layOut() {
		if (scrolled.isDisposed()) {
			return;
		}
		int width = scrolled.getClientArea().width;
		body.layout(true, true);
		scrolled.setMinSize(body.computeSize(width > 0 ? width : SWT.DEFAULT, SWT.DEFAULT));
	}

	/** "ForumPrompt" → "Forum prompt". */
	private static String words(String kind) {
		String spaced = kind.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase();
		return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
	}

	@Override
	public void change(EStructuralFeature feature, Function<EObject, Object> value) {
		if (value == null || document == null || elementStart < 0) {
			return;
		}
		String text = document.get();
		// a module of its own: the rewriter changes and reparses the file it is given
		Optional<Loaded> loaded = DocumentFiles.pathOf(document)
				.flatMap(path -> loaded(CourseUi.injector().getInstance(ModuleLoader.class).loadEdited(path, text), path));
		Optional<EObject> element = loaded.flatMap(at -> EditableElements.at(at.resource(), elementStart));
		if (element.isEmpty()) {
			refuse("The element cannot be changed from here while its file has errors before it.");
			return;
		}
		try {
			Optional<TextChange> change = CourseUi.injector().getInstance(ElementRewriter.class)
					.rewrite(loaded.get().resource(), element.get(), feature, value.apply(element.get()));
			if (change.isPresent()) {
				notice.setText("");
				document.replace(change.get().offset(), change.get().length(), change.get().text());
			}
		} catch (BadLocationException | RuntimeException e) {
			refuse("The change could not be written: " + e.getMessage());
		}
	}

	/** What the Browse… button of the file field with the given label does with a chosen file. */
	public void choose(String label, Path file) {
		if (field(label) != null && field(label).getData(FileField.class.getName()) instanceof FileField chooser) {
			chooser.choose(file);
		}
	}

	/** What the form says under its heading: why a change was refused, or what to do when nothing is shown. */
	public String notice() {
		return notice.getText();
	}

	/** The heading: the element's kind and id ("Activity first-thoughts"), or nothing. */
	public String heading() {
		return heading.getText();
	}

	@Override
	public void refuse(String why) {
		notice.setText(why);
		layOut();
	}

	/** The module with the document's text, and the document's parsed file. */
	private record Loaded(CourseModule module, XtextResource resource) {
	}

	private static Optional<Loaded> loaded(LoadedModule module, Path file) {
		if (module.model() == null) {
			return Optional.empty();
		}
		return module.resource(file).map(resource -> new Loaded(module.model(), resource));
	}

	/** The form's control with the given label (the field's label, or "File Browse" for a chooser's button). */
	public Control field(String label) {
		return fieldsArea == null ? null : find(fieldsArea, label);
	}

	private static Control find(Control control, String label) {
		if (label.equals(control.getData("org.coursewright.field"))) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
