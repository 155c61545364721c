package org.coursewright.packs.epub;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Collection;
import java.util.UUID;

import org.coursewright.packs.Identifiers;
import org.coursewright.packs.PackXml;
import org.coursewright.packs.ReproducibleTime;
import org.coursewright.publish.html.Site;
import org.w3c.dom.Node;

/** The package document (content.opf): the book's metadata, every file it holds, and its reading order. */
final class PackageDocument {

	static final String NAME = "content.opf";
	private static final String OPF = "http://www.idpf.org/2007/opf";
	private static final String DC = "http://purl.org/dc/elements/1.1/";

	private PackageDocument() {
	}

	/**
	 * @param resources every file of the book but this one, by its path in the book (its media type follows from its name)
	 * @param spine the content documents in reading order
	 */
	static byte[] of(Site site, Collection<String> resources, List<String> spine, AccessibilityMetadata accessibility) {
		PackXml xml = new PackXml(OPF, "package");
		Node root = xml.root();
		xml.attribute(root, "version", "3.0");
		xml.attribute(root, "unique-identifier", "book-id");
		xml.attribute(root, "http://www.w3.org/XML/1998/namespace", "xml:lang", site.language());
		Node metadata = xml.child(root, "metadata");
		xml.declare(metadata, "dc", DC);
		xml.attribute(xml.textChild(metadata, DC, "dc:identifier", identifier(site.moduleCode())), "id", "book-id");
		xml.textChild(metadata, DC, "dc:title", site.moduleCode() + " " + site.moduleTitle());
		xml.textChild(metadata, DC, "dc:language", site.language());
		site.header().getAuthors().forEach(author -> xml.textChild(metadata, DC, "dc:creator", author));
		if (site.header().getLicence() != null) {
			xml.textChild(metadata, DC, "dc:rights", site.header().getLicence());
		}
		meta(xml, metadata, "dcterms:modified", ReproducibleTime.iso());
		accessibility.accessModes().forEach(mode -> meta(xml, metadata, "schema:accessMode", mode));
		accessibility.accessModesSufficient().forEach(modes -> meta(xml, metadata, "schema:accessModeSufficient", modes));
		accessibility.features().forEach(feature -> meta(xml, metadata, "schema:accessibilityFeature", feature));
		meta(xml, metadata, "schema:accessibilityHazard", accessibility.hazard());
		meta(xml, metadata, "schema:accessibilitySummary", accessibility.summary());

		Node manifest = xml.child(root, "manifest");
		resources.forEach(path -> {
			Node item = xml.child(manifest, "item");
			xml.attribute(item, "id", itemId(path));
			xml.attribute(item, "href", path);
			xml.attribute(item, "media-type", MediaTypes.of(path).orElseThrow());
			if (path.equals(NavigationDocument.NAME)) {
				xml.attribute(item, "properties", "nav");
			}
		});
		Node order = xml.child(root, "spine");
		spine.forEach(path -> xml.attribute(xml.child(order, "itemref"), "idref", itemId(path)));
		return xml.bytes();
	}

	private static void meta(PackXml xml, Node metadata, String property, String value) {
		xml.attribute(xml.textChild(metadata, OPF, "meta", value), "property", property);
	}

	/**
	 * The same for every release of a module (made from its code), so that a reading system takes a new
	 * release for a new version of the same book rather than a second book.
	 */
	static String identifier(String moduleCode) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("coursewright:module:" + moduleCode).getBytes(StandardCharsets.UTF_8));
	}

	/** Paths may hold characters an XML id cannot, and ids must not start with a digit. */
	static String itemId(String path) {
		return "item-" + Identifiers.safe(path);
	}
}
