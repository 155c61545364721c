package org.coursewright.ui.refactoring;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.model.NameOccurrences;
import org.coursewright.dsl.model.NameOccurrences.Occurrence;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.eclipse.text.edits.TextEditGroup;

/**
 * Renames an id or a bibliography key in every file of its module: the declaration, the
 * language's references to it and prose links and citations, as one change that the
 * refactoring wizard previews file by file and Edit › Undo takes back as a whole.
 */
public class RenameRefactoring extends Refactoring {

	private final NameAtCaret at;
	private String newName;

	RenameRefactoring(NameAtCaret at) {
		this.at = at;
		this.newName = at.name();
	}

	/** The renaming of the id or key under the editor's caret; empty when the caret is on none. */
	public static java.util.Optional<RenameRefactoring> atCaretOf(org.eclipse.ui.IEditorPart editor) {
		return NameAtCaret.in(editor).map(RenameRefactoring::new);
	}

	public String oldName() {
		return at.name();
	}

	public void setNewName(String newName) {
		this.newName = newName;
	}

	/** Why the new name cannot be used, or null when it can. */
	public String problemWithNewName() {
		if (newName.equals(at.name())) {
			return "Type the new name";
		}
		return NameOccurrences.whyNotRename(at.module().model(), at.name(), newName, NameAtCaret.prose()).orElse(null);
	}

	@Override
	public String getName() {
		return "Rename '" + at.name() + "'";
	}

	/**
	 * The module was read with the other files as saved: one with unsaved changes in an
	 * editor would get edits at places its text no longer has.
	 */
	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor pm) {
		String imported = NameOccurrences.whyNotRename(at.module().model(), at.name(), at.name(), NameAtCaret.prose()).orElse(null);
		if (imported != null) {
			return RefactoringStatus.createFatalErrorStatus(imported);
		}
		for (Path file : at.module().files()) {
			if (!file.equals(at.file()) && isDirty(file)) {
				return RefactoringStatus.createFatalErrorStatus("Save " + file.getFileName() + " first: it has changes that are not saved.");
			}
		}
		return new RefactoringStatus();
	}

	private static boolean isDirty(Path file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(IPath.fromOSString(file.toString()),
				LocationKind.LOCATION);
		IFile inWorkspace = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file.toString()));
		ITextFileBuffer workspaceBuffer = inWorkspace == null ? null
				: FileBuffers.getTextFileBufferManager().getTextFileBuffer(inWorkspace.getFullPath(), LocationKind.IFILE);
		return buffer != null && buffer.isDirty() || workspaceBuffer != null && workspaceBuffer.isDirty();
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor pm) {
		String problem = problemWithNewName();
		return problem == null ? new RefactoringStatus() : RefactoringStatus.createFatalErrorStatus(problem);
	}

	@Override
	public Change createChange(IProgressMonitor pm) {
		List<Occurrence> occurrences = NameOccurrences.of(at.module().model(), at.name(), NameAtCaret.prose());
		Map<Path, TextFileChange> byFile = new LinkedHashMap<>();
		for (Occurrence occurrence : occurrences) {
			TextFileChange change = byFile.computeIfAbsent(occurrence.file(), RenameRefactoring::changeOf);
			if (change == null) {
				continue; // not a file of the workspace: cannot happen for a module opened as a project
			}
			ReplaceEdit edit = new ReplaceEdit(occurrence.offset(), occurrence.length(), newName);
			change.addEdit(edit);
			change.addTextEditGroup(new TextEditGroup(occurrence.declaration() ? "Rename the declaration" : "Update a reference", edit));
		}
		CompositeChange all = new CompositeChange("Rename '" + at.name() + "' to '" + newName + "'");
		byFile.values().stream().filter(c -> c != null).forEach(all::add);
		return all;
	}

	private static TextFileChange changeOf(Path file) {
		IFile inWorkspace = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file.toString()));
		if (inWorkspace == null) {
			return null;
		}
		TextFileChange change = new TextFileChange(file.getFileName().toString(), inWorkspace);
		change.setEdit(new MultiTextEdit());
		return change;
	}
}
