package org.coursewright.ui.adaptations;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.coursewright.adaptations.apply.UpstreamChange;
import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.CompareEditorInput;
import org.eclipse.compare.IEncodedStreamContentAccessor;
import org.eclipse.compare.ITypedElement;
import org.eclipse.compare.structuremergeviewer.DiffNode;
import org.eclipse.compare.structuremergeviewer.Differencer;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.swt.graphics.Image;

/**
 * The three texts of a field the module changed under a tutor's change, in the Platform's
 * compare editor: the tutor's on the left, the module's now on the right, and the base they
 * both started from as the common ancestor, so the module's change shows as such.
 */
public class UpstreamCompareInput extends CompareEditorInput {

	private final UpstreamChange change;

	public UpstreamCompareInput(UpstreamChange change) {
		super(configuration());
		this.change = change;
		setTitle(change.element() + ": " + change.field());
	}

	private static CompareConfiguration configuration() {
		CompareConfiguration configuration = new CompareConfiguration();
		configuration.setLeftLabel("Yours");
		configuration.setRightLabel("The module now");
		configuration.setAncestorLabel("The base you accepted");
		configuration.setLeftEditable(false);
		configuration.setRightEditable(false);
		return configuration;
	}

	@Override
	protected Object prepareInput(IProgressMonitor monitor) {
		return node();
	}

	/** The three texts as the compare editor takes them. */
	public DiffNode node() {
		return new DiffNode(null, Differencer.CONFLICTING, new Version("Base", change.base()), new Version("Yours", change.yours()),
				new Version("Module", change.now()));
	}

	/** One of the three texts. */
	public record Version(String getName, String text) implements ITypedElement, IEncodedStreamContentAccessor {

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public String getType() {
			return ITypedElement.TEXT_TYPE;
		}

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream((text + "\n").getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public String getCharset() {
			return StandardCharsets.UTF_8.name();
		}
	}
}
