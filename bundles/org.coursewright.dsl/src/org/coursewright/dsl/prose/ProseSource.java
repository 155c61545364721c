package org.coursewright.dsl.prose;

import java.util.Optional;

import org.coursewright.dsl.conversion.TextBlock;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * The prose an element holds in one attribute, with the way back from a character of the
 * value to its place in the file, so that diagnostics and colours land on the exact
 * characters of a {@code [@key]} inside an indented text block.
 */
public final class ProseSource {

	private final String value;
	private final int tokenOffset;
	private final TextBlock block;

	private ProseSource(String value, int tokenOffset, TextBlock block) {
		this.value = value;
		this.tokenOffset = tokenOffset;
		this.block = block;
	}

	/** The prose of the attribute as parsed from a file, if it holds any. */
	public static Optional<ProseSource> of(EObject element, EAttribute feature) {
		if (!(element.eGet(feature) instanceof String value)) {
			return Optional.empty();
		}
		for (INode node : NodeModelUtils.findNodesForFeature(element, feature)) {
			for (ILeafNode leaf : node.getLeafNodes()) {
				if (!leaf.isHidden()) {
					String text = leaf.getText();
					return Optional.of(new ProseSource(value, leaf.getOffset(),
							text.startsWith(TextBlock.DELIMITER) ? TextBlock.fromToken(text) : null));
				}
			}
		}
		return Optional.empty();
	}

	public String value() {
		return value;
	}

	/** Where a character of the value stands in the file. */
	public int documentOffset(int valueOffset) {
		// A "quoted" text maps one to one but for its opening quote (escapes are rare in prose).
		return tokenOffset + (block == null ? valueOffset + 1 : block.tokenOffset(valueOffset));
	}
}
