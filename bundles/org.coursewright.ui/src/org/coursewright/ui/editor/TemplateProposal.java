package org.coursewright.ui.editor;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * An element template inserted with its fields linked: the id is selected first, Tab moves to
 * the title, the timing and the rest, and Enter or a final Tab leaves at the end of the element.
 */
final class TemplateProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private final String text;
	private final List<ElementTemplates.Field> fields;
	private final int offset;
	private final int replaced;
	private final String label;
	private Point selection;

	TemplateProposal(String text, List<ElementTemplates.Field> fields, int offset, int replaced, String label) {
		this.text = text;
		this.fields = fields;
		this.offset = offset;
		this.replaced = replaced;
		this.label = label;
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(offset, replaced, text);
			ElementTemplates.Field first = fields.isEmpty() ? new ElementTemplates.Field(text.length(), 0) : fields.get(0);
			selection = new Point(offset + first.offset(), first.length());
		} catch (BadLocationException e) {
			selection = null;
		}
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int caret) {
		IDocument document = viewer.getDocument();
		apply(document);
		if (selection == null || fields.isEmpty()) {
			return;
		}
		try {
			LinkedModeModel model = new LinkedModeModel();
			int order = 0;
			for (ElementTemplates.Field field : fields) {
				LinkedPositionGroup group = new LinkedPositionGroup();
				group.addPosition(new LinkedPosition(document, offset + field.offset(), field.length(), order++));
				model.addGroup(group);
			}
			model.forceInstall();
			LinkedModeUI ui = new LinkedModeUI(model, viewer);
			ui.setExitPosition(viewer, offset + text.length(), 0, Integer.MAX_VALUE);
			ui.enter();
			selection = new Point(offset + fields.get(0).offset(), fields.get(0).length());
		} catch (BadLocationException e) {
			// the text is in; only the Tab stops are missing
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		return text;
	}

	@Override
	public String getDisplayString() {
		return label;
	}

	@Override
	public Image getImage() {
		return null;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public boolean validate(IDocument document, int at, org.eclipse.jface.text.DocumentEvent event) {
		try {
			String typed = document.get(offset, at - offset);
			return label.toLowerCase(java.util.Locale.ROOT).contains(typed.toLowerCase(java.util.Locale.ROOT)) || typed.isBlank();
		} catch (BadLocationException e) {
			return false;
		}
	}
}
