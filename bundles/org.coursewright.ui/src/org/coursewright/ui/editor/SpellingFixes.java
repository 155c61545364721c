package org.coursewright.ui.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.spelling.ModuleSpelling;
import org.coursewright.spelling.WordList;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;

/**
 * The quick fixes of a misspelt word: the dictionary's likeliest corrections, and adding the
 * word to the module's word list, which the whole course team shares.
 */
final class SpellingFixes {

	private SpellingFixes() {
	}

	static List<ICompletionProposal> of(SpellingAnnotation misspelt, Position at, LoadedModule module, IAnnotationModel annotations) {
		List<ICompletionProposal> fixes = new ArrayList<>();
		if (module.model() == null) {
			return fixes;
		}
		ModuleSpelling.of(SpellingReconciler.language(module.model()), WordList.of(module.folder())).ifPresent(spelling -> {
			for (String suggestion : spelling.suggestions(misspelt.word())) {
				fixes.add(new CompletionProposal(suggestion, at.getOffset(), at.getLength(), suggestion.length(), null,
						"Change to '" + suggestion + "'", null, null));
			}
		});
		fixes.add(new AddToWordList(misspelt.word(), module.folder(), annotations));
		return fixes;
	}

	/** Adds the word to the module folder's word list and takes away its marks at once (the next check reads the list). */
	private record AddToWordList(String word, Path moduleFolder, IAnnotationModel annotations) implements ICompletionProposal {

		@Override
		public void apply(IDocument document) {
			Path file = moduleFolder.resolve(WordList.FILE_NAME);
			try {
				String existing = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
				write(file, WordList.withWord(existing, word));
			} catch (IOException | CoreException e) {
				ILog.of(SpellingFixes.class).error("The word list " + file + " cannot be written", e);
				return;
			}
			List<Annotation> marks = new ArrayList<>();
			for (Iterator<Annotation> it = annotations.getAnnotationIterator(); it.hasNext();) {
				if (it.next() instanceof SpellingAnnotation mark && mark.word().equals(word)) {
					marks.add(mark);
				}
			}
			marks.forEach(annotations::removeAnnotation);
		}

		/** Through the workspace when the module is a project there, so that it sees the change at once. */
		private static void write(Path file, String text) throws IOException, CoreException {
			IFile inWorkspace = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(file.toString()));
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			if (inWorkspace == null) {
				Files.write(file, bytes);
			} else if (inWorkspace.exists()) {
				inWorkspace.setContents(new ByteArrayInputStream(bytes), IResource.KEEP_HISTORY, null);
			} else {
				inWorkspace.create(new ByteArrayInputStream(bytes), IResource.NONE, null);
			}
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return "Adds '" + word + "' to " + WordList.FILE_NAME + " in the module folder: the spelling check accepts it in every file"
					+ " of the module, for everyone who works on it.";
		}

		@Override
		public String getDisplayString() {
			return "Add '" + word + "' to the module's word list";
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
