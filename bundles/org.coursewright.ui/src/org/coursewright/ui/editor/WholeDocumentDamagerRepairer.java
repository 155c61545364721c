package org.coursewright.ui.editor;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.ITokenScanner;

/**
 * Recolours the whole file on every change. Text blocks span many lines, and typing one
 * {@code """} changes the colour of everything after it; course files are small enough.
 */
class WholeDocumentDamagerRepairer extends DefaultDamagerRepairer {

	WholeDocumentDamagerRepairer(ITokenScanner scanner) {
		super(scanner);
	}

	@Override
	public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean documentPartitioningChanged) {
		return new Region(0, event.getDocument().getLength());
	}
}
