package org.coursewright.packs.scorm;

import java.util.List;

import org.coursewright.dsl.course.Module;
import org.coursewright.packs.Identifiers;
import org.coursewright.packs.PackXml;
import org.coursewright.packs.PlainText;
import org.w3c.dom.Node;

/**
 * The imsmanifest.xml of a SCORM 1.2 package: IMS Content Packaging 1.1.2 with ADL's
 * scormtype on each resource and IMS Metadata 1.2.1 for the module's title, description,
 * language, study time and licence.
 */
final class Scorm12Manifest {

	static final String CP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
	static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
	static final String MD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
	private static final String XML = "http://www.w3.org/XML/1998/namespace";

	private Scorm12Manifest() {
	}

	static byte[] of(String moduleCode, Module header, List<Outline> outline, List<String> sharedFiles) {
		PackXml manifest = new PackXml(CP, "manifest");
		Node root = manifest.root();
		manifest.declare(root, "adlcp", ADLCP);
		manifest.declare(root, "imsmd", MD);
		manifest.attribute(root, "identifier", "M_" + Identifiers.safe(moduleCode));
		manifest.attribute(root, "version", "1");
		Node metadata = manifest.child(root, "metadata");
		manifest.text(manifest.child(metadata, "schema"), "ADL SCORM");
		manifest.text(manifest.child(metadata, "schemaversion"), "1.2");
		lom(manifest, metadata, header);

		ScormManifest.organization(manifest, header.getTitle(), outline, unit -> {
			// SCORM 1.2 has no sequencing: the LMS shows the tree and the learner chooses
		});
		ScormManifest.resources(manifest, outline, sharedFiles, ADLCP, "adlcp:scormtype");
		return manifest.bytes();
	}

	private static void lom(PackXml manifest, Node metadata, Module header) {
		Node lom = manifest.child(metadata, MD, "imsmd:lom");
		Node general = manifest.child(lom, MD, "imsmd:general");
		langString(manifest, manifest.child(general, MD, "imsmd:title"), header.getTitle(), header.getLanguage());
		if (header.getLanguage() != null) {
			manifest.textChild(general, MD, "imsmd:language", header.getLanguage());
		}
		if (header.getDescription() != null) {
			langString(manifest, manifest.child(general, MD, "imsmd:description"), PlainText.of(header.getDescription()),
					header.getLanguage());
		}
		if (header.getStudyHours() > 0) {
			Node time = manifest.child(manifest.child(lom, MD, "imsmd:educational"), MD, "imsmd:typicallearningtime");
			manifest.textChild(time, MD, "imsmd:datetime", "PT" + header.getStudyHours() + "H");
		}
		if (header.getLicence() != null) {
			Node rights = manifest.child(lom, MD, "imsmd:rights");
			Node restricted = manifest.child(rights, MD, "imsmd:copyrightandotherrestrictions");
			langString(manifest, manifest.child(restricted, MD, "imsmd:source"), "LOMv1.0", "x-none");
			langString(manifest, manifest.child(restricted, MD, "imsmd:value"), "yes", "x-none");
			langString(manifest, manifest.child(rights, MD, "imsmd:description"), header.getLicence(), null);
		}
	}

	private static void langString(PackXml manifest, Node parent, String text, String language) {
		Node string = manifest.textChild(parent, MD, "imsmd:langstring", text);
		if (language != null) {
			manifest.attribute(string, XML, "xml:lang", language);
		}
	}
}
