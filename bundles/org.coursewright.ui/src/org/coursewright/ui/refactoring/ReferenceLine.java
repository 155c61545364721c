package org.coursewright.ui.refactoring;

import org.eclipse.core.resources.IFile;

/** One place a name is written, as the Search view lists it: the file, the line and that line's text. */
public record ReferenceLine(IFile file, int line, String text, boolean declaration) {

	@Override
	public String toString() {
		return file.getName() + ":" + line + ": " + text.strip() + (declaration ? "  (declaration)" : "");
	}
}
