package org.coursewright.dsl.validation;

import java.util.List;
import java.util.function.BiConsumer;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.coursewright.dsl.model.ModuleIndex;
import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.dsl.prose.CrossReference;
import org.coursewright.dsl.prose.ProseCitation;
import org.coursewright.dsl.prose.ProseScanner;
import org.coursewright.dsl.prose.ProseSource;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Check;

/**
 * Checks inside Markdown prose: every {@code [@key]} names a bibliography entry, every
 * {@code [[id]]} names an element, and no link uses an unsafe scheme. Problems are reported
 * at the exact place in the text, not on the whole block.
 */
public class ProseRules extends CourseRules {

	private static final Parser MARKDOWN = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

	@Check
	public void proseIsSound(EObject element) {
		List<EAttribute> features = proseFeatures.of(element);
		if (features.isEmpty() || !(element.eResource() instanceof XtextResource)) {
			return;
		}
		ModuleIndex module = index(element);
		for (EAttribute feature : features) {
			ProseSource.of(element, feature).ifPresent(prose -> {
				checkCitations(element, prose, module);
				checkCrossReferences(element, prose, module);
				checkLinks(element, prose);
			});
		}
	}

	private void checkCitations(EObject element, ProseSource prose, ModuleIndex module) {
		for (ProseCitation citation : ProseScanner.citations(prose.value())) {
			for (CitationItem item : citation.items()) {
				if (!module.isReferenceKey(item.key())) {
					report(element, prose, item.offset(), item.length(), "No bibliography entry has the key '" + item.key()
							+ "'. Add it to the bibliography or check the spelling.", IssueCodes.UNKNOWN_CITATION);
				}
			}
		}
	}

	private void checkCrossReferences(EObject element, ProseSource prose, ModuleIndex module) {
		for (CrossReference reference : ProseScanner.crossReferences(prose.value())) {
			if (!module.isTarget(reference.id())) {
				report(element, prose, reference.idOffset(), reference.id().length(),
						"Nothing in this module has the id '" + reference.id() + "'.", IssueCodes.UNKNOWN_TARGET);
			}
		}
	}

	private void checkLinks(EObject element, ProseSource prose) {
		BiConsumer<Node, String> check = (node, destination) -> {
			String scheme = LinkSafety.unsafeScheme(destination);
			if (scheme != null) {
				int offset = 0;
				int length = 1;
				List<SourceSpan> spans = node.getSourceSpans();
				if (!spans.isEmpty()) {
					offset = spans.get(0).getInputIndex();
					length = spans.get(0).getLength();
				}
				report(element, prose, offset, length, "Links with the '" + scheme + ":' scheme are not allowed: they could run"
						+ " code in a learner's browser. Use an http or https address.", IssueCodes.UNSAFE_LINK);
			}
		};
		MARKDOWN.parse(prose.value()).accept(new AbstractVisitor() {
			@Override
			public void visit(Link link) {
				check.accept(link, link.getDestination());
				visitChildren(link);
			}

			@Override
			public void visit(Image image) {
				check.accept(image, image.getDestination());
				visitChildren(image);
			}
		});
	}

	private void report(EObject element, ProseSource prose, int valueOffset, int length, String message, String code) {
		getMessageAcceptor().acceptError(message, element, prose.documentOffset(valueOffset), Math.max(1, length), code);
	}
}
