package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.ui.CourseUi;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;

/** Keywords, ids and bibliography keys at the caret, from Xtext's editor-independent content assist. */
public class CourseContentAssist implements IContentAssistProcessor {

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		Path file = DocumentFiles.pathOf(viewer.getDocument()).orElse(null);
		if (file == null) {
			return new ICompletionProposal[0];
		}
		LoadedModule module = CourseUi.injector().getInstance(ModuleLoader.class).loadEdited(file, text);
		XtextResource resource = module.resource(file).orElse(null);
		if (resource == null) {
			return new ICompletionProposal[0];
		}
		ContentAssistContextFactory factory = CourseUi.injector().getInstance(ContentAssistContextFactory.class);
		factory.setPool(CourseUi.background());
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		Map<String, ICompletionProposal> proposals = new LinkedHashMap<>();
		CourseUi.injector().getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						if (entry != null && entry.getProposal() != null) {
							String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
							String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
							proposals.putIfAbsent(entry.getProposal(), new CompletionProposal(entry.getProposal(),
									offset - prefix.length(), prefix.length(), entry.getProposal().length(), null,
									label, null, entry.getDescription()));
						}
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return proposals.size() < 200;
					}
				});
		List<ICompletionProposal> all = new ArrayList<>();
		all.addAll(templates(viewer.getDocument(), offset, proposals.keySet()));
		all.addAll(proposals.values());
		return all.toArray(ICompletionProposal[]::new);
	}

	/** Element skeletons, where the grammar allows the element's keyword and the caret starts a word. */
	private static List<ICompletionProposal> templates(org.eclipse.jface.text.IDocument document, int offset,
			java.util.Set<String> keywords) {
		List<ICompletionProposal> templates = new ArrayList<>();
		try {
			int line = document.getLineOfOffset(offset);
			int lineStart = document.getLineOffset(line);
			String before = document.get(lineStart, offset - lineStart);
			String typed = before.replaceFirst("^.*?(\\w*)$", "$1");
			String indentation = before.replaceFirst("^([ \t]*).*$", "$1");
			for (ElementTemplates.Template template : ElementTemplates.ALL) {
				if (keywords.contains(template.keyword()) && template.keyword().startsWith(typed)) {
					String text = ElementTemplates.expand(template, indentation);
					templates.add(new CompletionProposal(text, offset - typed.length(), typed.length(), ElementTemplates.cursor(template),
							null, template.label() + " (template)", null, text));
				}
			}
		} catch (org.eclipse.jface.text.BadLocationException e) {
			// no templates where the document changed under us
		}
		return templates;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
