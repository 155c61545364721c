package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.publish.references.UnknownStyleException;
import org.coursewright.ui.CourseUi;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
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
import org.eclipse.xtext.util.SimpleAttributeResolver;
import org.eclipse.xtext.util.TextRegion;

/** Keywords, ids and bibliography keys at the caret, from Xtext's editor-independent content assist. */
public class CourseContentAssist implements IContentAssistProcessor {

	/** A link being written in prose: [[ and the start of an id. */
	private static final Pattern LINKED_ID = Pattern.compile("\\[\\[([A-Za-z0-9_\\-]*)$");
	/** An {@code @} that starts a citation (not one inside an e-mail address), and the key typed so far. */
	private static final Pattern CITED_KEY = Pattern.compile("(?<![A-Za-z0-9_.@\\\\])@([A-Za-z0-9_:.\\-]*)$");

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		String text = viewer.getDocument().get();
		Path file = DocumentFiles.pathOf(viewer.getDocument()).orElse(null);
		if (file == null) {
			return new ICompletionProposal[0];
		}
		LoadedModule module = EditedModules.load(file, text);
		XtextResource resource = module.resource(file).orElse(null);
		if (resource == null) {
			return new ICompletionProposal[0];
		}
		ContentAssistContextFactory factory = CourseUi.injector().getInstance(ContentAssistContextFactory.class);
		factory.setPool(CourseUi.background());
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		Map<String, Candidate> proposals = new LinkedHashMap<>();
		CourseUi.injector().getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts),
				new IIdeContentProposalAcceptor() {
					@Override
					public void accept(ContentAssistEntry entry, int priority) {
						if (entry != null && entry.getProposal() != null) {
							String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
							String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
							proposals.putIfAbsent(entry.getProposal(),
									new Candidate(entry.getProposal(), offset - prefix.length(), prefix.length(), label, entry.getDescription()));
						}
					}

					@Override
					public boolean canAcceptMoreProposals() {
						return proposals.size() < 200;
					}
				});
		proposeCitedKeys(viewer.getDocument(), offset, module, proposals);
		proposeLinkedIds(viewer.getDocument(), offset, module, proposals);
		describeReferences(module, proposals);
		List<ICompletionProposal> all = new ArrayList<>();
		all.addAll(templates(viewer.getDocument(), offset, proposals.keySet()));
		proposals.values().stream().map(Candidate::proposal).forEach(all::add);
		return all.toArray(ICompletionProposal[]::new);
	}

	/**
	 * After an {@code @} in prose (a text block is one token to the parser, so Xtext proposes
	 * nothing there) the bibliography keys that start with what follows it.
	 */
	private static void proposeCitedKeys(IDocument document, int offset, LoadedModule module, Map<String, Candidate> proposals) {
		if (module.model() == null) {
			return;
		}
		try {
			int lineStart = document.getLineOffset(document.getLineOfOffset(offset));
			Matcher cited = CITED_KEY.matcher(document.get(lineStart, offset - lineStart));
			if (cited.find()) {
				String typed = cited.group(1);
				module.model().references().stream().map(r -> r.getName()).filter(k -> k != null && k.startsWith(typed)).sorted()
						.forEach(key -> proposals.putIfAbsent(key, new Candidate(key, offset - typed.length(), typed.length(), key, null)));
			}
		} catch (BadLocationException e) {
			// the document changed under us: no proposals this time
		}
	}

	/**
	 * After {@code [[} in prose, the ids of what a link can lead to, each shown as learners see
	 * it ("rank-dimensions — Activity 2.1 Rank the dimensions"), numbered elements first.
	 */
	private static void proposeLinkedIds(IDocument document, int offset, LoadedModule module, Map<String, Candidate> proposals) {
		if (module.model() == null) {
			return;
		}
		try {
			int lineStart = document.getLineOffset(document.getLineOfOffset(offset));
			Matcher linked = LINKED_ID.matcher(document.get(lineStart, offset - lineStart));
			if (!linked.find()) {
				return;
			}
			String typed = linked.group(1);
			Numbering numbering = Numbering.of(module.model());
			module.model().allElements().filter(e -> !(e instanceof Reference) && !(e instanceof org.coursewright.dsl.course.Outcome))
					.forEach(element -> {
						String id = SimpleAttributeResolver.NAME_RESOLVER.apply(element);
						String label = numbering.labelOf(element);
						if (id != null && id.startsWith(typed) && (label != null || element instanceof GlossaryTerm)) {
							String shown = label != null ? label + " " + titleOf(element) : "Glossary: " + ((GlossaryTerm) element).getTerm();
							proposals.putIfAbsent(id, new Candidate(id, offset - typed.length(), typed.length(), id + " — " + shown.strip(), null));
						}
					});
		} catch (BadLocationException e) {
			// the document changed under us: no proposals this time
		}
	}

	private static String titleOf(EObject element) {
		var title = element.eClass().getEStructuralFeature("title");
		if (title == null) {
			title = element.eClass().getEStructuralFeature("caption");
		}
		return title != null && element.eGet(title) instanceof String text ? text : "";
	}

	/**
	 * A bibliography key is shown with its citation ("day2010 (Day et al., 2010)") and the whole
	 * reference beside the list, so the designer picks a work, not a key.
	 */
	private static void describeReferences(LoadedModule module, Map<String, Candidate> proposals) {
		if (module.model() == null || module.model().references().stream().noneMatch(r -> proposals.containsKey(r.getName()))) {
			return;
		}
		ModuleReferences references;
		try {
			references = ModuleReferences.of(module.model());
		} catch (UnknownStyleException e) {
			return; // the unknown style is already underlined where it is named
		}
		proposals.replaceAll((key, candidate) -> references.has(key)
				? new Candidate(key, candidate.offset(), candidate.length(), key + " " + references.citation(key), references.entry(key))
				: candidate);
	}

	/** One proposal from Xtext, before it becomes an editor proposal. */
	private record Candidate(String text, int offset, int length, String label, String description) {
		ICompletionProposal proposal() {
			return new CompletionProposal(text, offset, length, text.length(), null, label, null, description);
		}
	}

	/** Element skeletons, where the grammar allows the element's keyword and the caret starts a word. */
	private static List<ICompletionProposal> templates(IDocument document, int offset,
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
					templates.add(new TemplateProposal(ElementTemplates.expand(template, indentation),
							ElementTemplates.fields(template, indentation), offset - typed.length(), typed.length(),
							template.label() + " (template)"));
				}
			}
		} catch (BadLocationException e) {
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
		// only where something is being referred to: a citation, or a link to an element
		return new char[] { '@', '[' };
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
