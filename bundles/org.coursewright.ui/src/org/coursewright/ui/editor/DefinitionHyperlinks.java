package org.coursewright.ui.editor;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.ui.CourseUi;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.SimpleAttributeResolver;

/**
 * Go to definition (F3, Ctrl+click): from an outcome, reading or key the grammar links, and from
 * {@code [@key]}, {@code @key} and {@code [[id]]} in prose, to where it is declared, in any
 * file of the module, or to the entry in an imported BibTeX or CSL-JSON file.
 */
public class DefinitionHyperlinks extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultiple) {
		Path file = DocumentFiles.pathOf(viewer.getDocument()).orElse(null);
		IRegion word = new CourseHover().getHoverRegion(viewer, region.getOffset());
		if (file == null || word == null) {
			return null;
		}
		LoadedModule module = EditedModules.load(file, viewer.getDocument().get());
		if (module.model() == null) {
			return null;
		}
		EObject target = module.resource(file).map(resource -> linked(resource, region.getOffset())).orElse(null);
		if (target == null) {
			String name = viewer.getDocument().get().substring(word.getOffset(), word.getOffset() + word.getLength());
			target = named(module.model(), name);
		}
		Definition definition = target == null ? null : Definition.of(target);
		return definition == null ? null : new IHyperlink[] { new DefinitionLink(word, definition) };
	}

	private static EObject linked(XtextResource resource, int offset) {
		EObject target = CourseUi.injector().getInstance(EObjectAtOffsetHelper.class).resolveCrossReferencedElementAt(resource, offset);
		return target == null || target.eIsProxy() ? null : target;
	}

	private static EObject named(CourseModule module, String name) {
		EObject reference = module.references().stream().filter(r -> name.equals(r.getName())).findFirst().orElse(null);
		return reference != null ? reference
				: module.allElements().filter(e -> name.equals(SimpleAttributeResolver.NAME_RESOLVER.apply(e))).findFirst().orElse(null);
	}

	/** Where a declaration is: a file and the span of its name. */
	record Definition(Path file, int offset, int length) {

		static Definition of(EObject target) {
			if (target.eResource() == null || !target.eResource().getURI().isFile()) {
				return null;
			}
			Path file = Path.of(target.eResource().getURI().toFileString());
			String name = SimpleAttributeResolver.NAME_RESOLVER.apply(target);
			ICompositeNode node = NodeModelUtils.findActualNodeFor(target);
			if (node != null) {
				var feature = target.eClass().getEStructuralFeature("name");
				for (INode nameNode : feature == null ? java.util.List.<INode>of() : NodeModelUtils.findNodesForFeature(target, feature)) {
					return new Definition(file, nameNode.getOffset(), nameNode.getLength());
				}
				return new Definition(file, node.getOffset(), 0);
			}
			// an entry of an imported bibliography: find its key in the file
			try {
				String text = Files.readString(file);
				int at = name == null ? -1 : text.indexOf(name);
				return new Definition(file, Math.max(0, at), at < 0 ? 0 : name.length());
			} catch (java.io.IOException e) {
				return new Definition(file, 0, 0);
			}
		}
	}

	private record DefinitionLink(IRegion region, Definition definition) implements IHyperlink {

		@Override
		public IRegion getHyperlinkRegion() {
			return new Region(region.getOffset(), region.getLength());
		}

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Go to definition";
		}

		@Override
		public void open() {
			IFile file = ResourcesPlugin.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(definition.file().toString()));
			if (file == null) {
				return;
			}
			try {
				IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
				if (part instanceof ITextEditor editor) {
					editor.selectAndReveal(definition.offset(), definition.length());
				}
			} catch (PartInitException e) {
				// the editor reports why it could not open
			}
		}
	}
}
