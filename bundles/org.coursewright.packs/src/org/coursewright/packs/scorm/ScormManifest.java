package org.coursewright.packs.scorm;

import java.util.List;
import java.util.function.Consumer;

import org.coursewright.packs.PackXml;
import org.w3c.dom.Node;

/**
 * What the manifests of both SCORM versions share: one organization holding the outline's
 * items, and one resource per launched page depending on one asset resource with every other
 * file. The versions differ in namespaces, in the name of ADL's SCO-or-asset attribute and in
 * their metadata, which {@link Scorm12Manifest} and {@link Scorm2004Manifest} write.
 */
final class ScormManifest {

	private ScormManifest() {
	}

	/**
	 * @param clusterEnd adds what a unit's item holds after its children (SCORM 2004's sequencing)
	 */
	static Node organization(PackXml manifest, String title, List<Outline> outline, Consumer<Node> clusterEnd) {
		Node organizations = manifest.child(manifest.root(), "organizations");
		manifest.attribute(organizations, "default", "O_1");
		Node organization = manifest.child(organizations, "organization");
		manifest.attribute(organization, "identifier", "O_1");
		manifest.text(manifest.child(organization, "title"), title);
		items(manifest, organization, outline, clusterEnd);
		return organization;
	}

	private static void items(PackXml manifest, Node parent, List<Outline> outline, Consumer<Node> clusterEnd) {
		for (Outline entry : outline) {
			Node item = manifest.child(parent, "item");
			manifest.attribute(item, "identifier", "I_" + entry.identifier());
			if (entry.page() != null) {
				manifest.attribute(item, "identifierref", "R_" + entry.identifier());
			}
			manifest.text(manifest.child(item, "title"), entry.title());
			items(manifest, item, entry.children(), clusterEnd);
			if (!entry.children().isEmpty()) {
				clusterEnd.accept(item);
			}
		}
	}

	/**
	 * @param adlcp the namespace of ADL's content packaging extension
	 * @param scormType its attribute saying "sco" or "asset": adlcp:scormtype in 1.2, adlcp:scormType in 2004
	 */
	static void resources(PackXml manifest, List<Outline> outline, List<String> sharedFiles, String adlcp, String scormType) {
		Node resources = manifest.child(manifest.root(), "resources");
		for (Outline page : Outline.launchable(outline)) {
			Node resource = manifest.child(resources, "resource");
			manifest.attribute(resource, "identifier", "R_" + page.identifier());
			manifest.attribute(resource, "type", "webcontent");
			manifest.attribute(resource, adlcp, scormType, page.sco() ? "sco" : "asset");
			manifest.attribute(resource, "href", page.page());
			manifest.attribute(manifest.child(resource, "file"), "href", page.page());
			manifest.attribute(manifest.child(resource, "dependency"), "identifierref", "R_shared");
		}
		Node shared = manifest.child(resources, "resource");
		manifest.attribute(shared, "identifier", "R_shared");
		manifest.attribute(shared, "type", "webcontent");
		manifest.attribute(shared, adlcp, scormType, "asset");
		sharedFiles.forEach(file -> manifest.attribute(manifest.child(shared, "file"), "href", file));
	}
}
