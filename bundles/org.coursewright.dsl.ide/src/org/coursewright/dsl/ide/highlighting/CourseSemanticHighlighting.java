package org.coursewright.dsl.ide.highlighting;

import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.dsl.prose.CrossReference;
import org.coursewright.dsl.prose.ProseFeatures;
import org.coursewright.dsl.prose.ProseScanner;
import org.coursewright.dsl.prose.ProseSource;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultSemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.util.CancelIndicator;

import com.google.inject.Inject;

/**
 * Colours what only the parsed model knows: which words declare an id, which point at one,
 * and where citations and cross-references stand inside Markdown prose (to the lexer a
 * text block is one long string).
 */
public class CourseSemanticHighlighting extends DefaultSemanticHighlightingCalculator {

	@Inject
	private ProseFeatures proseFeatures;

	@Override
	protected boolean highlightElement(EObject element, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (element.eClass().getEStructuralFeature("name") instanceof EAttribute name) {
			highlightFeature(acceptor, element, name, CourseHighlightingStyles.DECLARATION_ID);
		}
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!reference.isContainment() && !reference.isContainer()) {
				// every id of a list (serves lo1, lo3), where Xtext's highlightFeature colours the first only
				for (INode node : NodeModelUtils.findNodesForFeature(element, reference)) {
					if (node.getLength() > 0) { // an id the parser expected but did not find has no text to colour
						acceptor.addPosition(node.getOffset(), node.getLength(), CourseHighlightingStyles.REFERENCE_ID);
					}
				}
			}
		}
		for (EStructuralFeature prose : proseFeatures.of(element)) {
			ProseSource.of(element, (EAttribute) prose).ifPresent(source -> highlightProse(source, acceptor));
		}
		return false;
	}

	private static void highlightProse(ProseSource prose, IHighlightedPositionAcceptor acceptor) {
		for (var citation : ProseScanner.citations(prose.value())) {
			for (CitationItem item : citation.items()) {
				acceptor.addPosition(prose.documentOffset(item.offset()), item.length(), CourseHighlightingStyles.CITATION_ID);
			}
		}
		for (CrossReference reference : ProseScanner.crossReferences(prose.value())) {
			acceptor.addPosition(prose.documentOffset(reference.idOffset()), reference.id().length(),
					CourseHighlightingStyles.CROSS_REFERENCE_ID);
		}
	}
}
