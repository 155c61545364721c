package org.coursewright.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.validation.IssueCodes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * Quick fixes (Ctrl+1) for the problems that have an obvious remedy: a transcript or a
 * description to fill in, a timing line, the nearest existing key for a mistyped one, and
 * corrections of a misspelt word.
 */
public class QuickFixes implements IQuickAssistProcessor {

	private static final int MAX_KEY_DISTANCE = 3;

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		IAnnotationModel annotations = context.getSourceViewer().getAnnotationModel();
		Path file = DocumentFiles.pathOf(document).orElse(null);
		if (annotations == null || file == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> fixes = new ArrayList<>();
		LoadedModule module = null;
		for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (!(annotation instanceof ProblemAnnotation) && !(annotation instanceof SpellingAnnotation)) {
				continue;
			}
			Position at = annotations.getPosition(annotation);
			if (at == null || !at.includes(context.getOffset()) && at.getOffset() + at.getLength() != context.getOffset()) {
				continue;
			}
			if (module == null) {
				module = EditedModules.load(file, document.get());
			}
			if (annotation instanceof ProblemAnnotation problem) {
				fixes.addAll(fixesFor(problem.code(), at, document, module, file));
			} else {
				fixes.addAll(SpellingFixes.of((SpellingAnnotation) annotation, at, module, annotations));
			}
		}
		return fixes.toArray(ICompletionProposal[]::new);
	}

	/** The fixes for a problem with the given code at a place of a file's document, as the Problems view offers them. */
	public static List<ICompletionProposal> fixesFor(String code, Position at, IDocument document, Path file) {
		return fixesFor(code, at, document, EditedModules.load(file, document.get()), file);
	}

	private static List<ICompletionProposal> fixesFor(String code, Position at, IDocument document, LoadedModule module, Path file) {
		try {
			String word = document.get(at.getOffset(), at.getLength());
			return switch (code) {
				case IssueCodes.MISSING_TRANSCRIPT -> insertBeforeClosingBrace(module, file, word, document,
						"transcript \"\"\"\n\tTo do: write what is said, speaker by speaker.\n\"\"\"", "Add a transcript to fill in");
				case IssueCodes.MISSING_DESCRIPTION -> insertBeforeClosingBrace(module, file, word, document,
						"description \"\"\"\n\tTo do: describe what the figure shows.\n\"\"\"", "Add a description to fill in");
				case IssueCodes.MISSING_TIMING -> insertBeforeClosingBrace(module, file, word, document, "allow about 30 minutes",
						"Add a timing (allow about 30 minutes)");
				case IssueCodes.UNKNOWN_CITATION -> nearestKeys(module, word.replaceFirst("^\\[?@", "").replaceAll("[\\],;].*$", ""), at,
						word);
				default -> List.of();
			};
		} catch (BadLocationException e) {
			return List.of();
		}
	}

	/** Adds a line to the element named at the problem, just before its closing brace, indented like its clauses. */
	private static List<ICompletionProposal> insertBeforeClosingBrace(LoadedModule module, Path file, String name, IDocument document,
			String clause, String label) throws BadLocationException {
		XtextResource resource = module.resource(file).orElse(null);
		EObject element = resource == null ? null : module.model().allElements()
				.filter(e -> e.eResource() == resource && name.equals(SimpleAttributeResolver.NAME_RESOLVER.apply(e))).findFirst().orElse(null);
		ICompositeNode node = element == null ? null : NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return List.of();
		}
		int closing = node.getEndOffset() - 1;
		while (closing > node.getOffset() && document.getChar(closing) != '}') {
			closing--;
		}
		int line = document.getLineOfOffset(node.getOffset());
		String indent = document.get(document.getLineOffset(line), node.getOffset() - document.getLineOffset(line)).replaceAll("\\S", " ");
		String inner = indent + "\t";
		String text = inner + clause.replace("\n", "\n" + inner) + "\n" + indent;
		int lineStart = document.getLineOffset(document.getLineOfOffset(closing));
		boolean braceStartsLine = document.get(lineStart, closing - lineStart).isBlank();
		int offset = braceStartsLine ? lineStart : closing;
		String insert = braceStartsLine ? text.substring(0, text.length() - indent.length()) : "\n" + text;
		return List.of(new CompletionProposal(insert, offset, 0, insert.length(), null, label, null, null));
	}

	/** The keys closest to a mistyped one, by edit distance. */
	private static List<ICompletionProposal> nearestKeys(LoadedModule module, String typed, Position at, String word) {
		int keyOffset = at.getOffset() + word.indexOf(typed);
		return module.model().references().stream().map(Reference::getName)
				.filter(key -> distance(key, typed) <= MAX_KEY_DISTANCE)
				.sorted(Comparator.comparingInt((String key) -> distance(key, typed)).thenComparing(key -> key))
				.limit(5)
				.map(key -> (ICompletionProposal) new CompletionProposal(key, keyOffset, typed.length(), key.length(), null,
						"Change to '" + key + "'", null, null))
				.toList();
	}

	static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof SpellingAnnotation || annotation instanceof ProblemAnnotation problem && List.of(IssueCodes.MISSING_TRANSCRIPT, IssueCodes.MISSING_DESCRIPTION,
				IssueCodes.MISSING_TIMING, IssueCodes.UNKNOWN_CITATION).contains(problem.code());
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}
}
