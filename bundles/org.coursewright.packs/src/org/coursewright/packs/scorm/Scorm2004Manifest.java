package org.coursewright.packs.scorm;

import java.util.List;

import org.coursewright.dsl.course.Module;
import org.coursewright.packs.Identifiers;
import org.coursewright.packs.PackXml;
import org.coursewright.packs.PlainText;
import org.w3c.dom.Node;

/**
 * The imsmanifest.xml of a SCORM 2004 4th Edition package: IMS Content Packaging 1.1.4 with
 * ADL's scormType on each resource, IEEE LOM for the module's title, description, language,
 * study time (typical learning time) and licence, and sequencing that lets the learner both
 * choose any page and go on to the next (the default allows choice only, which leaves an LMS's
 * Continue button dead).
 */
final class Scorm2004Manifest {

	static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
	static final String ADLCP = "http://www.adlnet.org/xsd/adlcp_v1p3";
	static final String IMSSS = "http://www.imsglobal.org/xsd/imsss";
	static final String LOM = "http://ltsc.ieee.org/xsd/LOM";

	private Scorm2004Manifest() {
	}

	static byte[] of(String moduleCode, Module header, List<Outline> outline, List<String> sharedFiles) {
		PackXml manifest = new PackXml(CP, "manifest");
		Node root = manifest.root();
		manifest.declare(root, "adlcp", ADLCP);
		manifest.declare(root, "imsss", IMSSS);
		manifest.declare(root, "lom", LOM);
		manifest.attribute(root, "identifier", "M_" + Identifiers.safe(moduleCode));
		manifest.attribute(root, "version", "1");
		Node metadata = manifest.child(root, "metadata");
		manifest.text(manifest.child(metadata, "schema"), "ADL SCORM");
		manifest.text(manifest.child(metadata, "schemaversion"), "2004 4th Edition");
		lom(manifest, metadata, header);

		Node organization = ScormManifest.organization(manifest, header.getTitle(), outline, unit -> choiceAndFlow(manifest, unit));
		choiceAndFlow(manifest, organization);
		ScormManifest.resources(manifest, outline, sharedFiles, ADLCP, "adlcp:scormType");
		return manifest.bytes();
	}

	/** Sequencing of a cluster's children (IMS SS 5.1.1): any may be chosen, and Continue goes to the next. */
	private static void choiceAndFlow(PackXml manifest, Node cluster) {
		Node control = manifest.child(manifest.child(cluster, IMSSS, "imsss:sequencing"), IMSSS, "imsss:controlMode");
		manifest.attribute(control, "choice", "true");
		manifest.attribute(control, "flow", "true");
	}

	private static void lom(PackXml manifest, Node metadata, Module header) {
		Node lom = manifest.child(metadata, LOM, "lom:lom");
		Node general = manifest.child(lom, LOM, "lom:general");
		langString(manifest, manifest.child(general, LOM, "lom:title"), header.getTitle(), header.getLanguage());
		if (header.getLanguage() != null) {
			manifest.textChild(general, LOM, "lom:language", header.getLanguage());
		}
		if (header.getDescription() != null) {
			langString(manifest, manifest.child(general, LOM, "lom:description"), PlainText.of(header.getDescription()),
					header.getLanguage());
		}
		if (header.getStudyHours() > 0) {
			Node time = manifest.child(manifest.child(lom, LOM, "lom:educational"), LOM, "lom:typicalLearningTime");
			manifest.textChild(time, LOM, "lom:duration", "PT" + header.getStudyHours() + "H");
		}
		if (header.getLicence() != null) {
			Node rights = manifest.child(lom, LOM, "lom:rights");
			Node restricted = manifest.child(rights, LOM, "lom:copyrightAndOtherRestrictions");
			manifest.textChild(restricted, LOM, "lom:source", "LOMv1.0");
			manifest.textChild(restricted, LOM, "lom:value", "yes");
			langString(manifest, manifest.child(rights, LOM, "lom:description"), header.getLicence(), null);
		}
	}

	private static void langString(PackXml manifest, Node parent, String text, String language) {
		Node string = manifest.textChild(parent, LOM, "lom:string", text);
		if (language != null) {
			manifest.attribute(string, "language", language);
		}
	}
}
