package org.coursewright.packs.cc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.packs.Degradation;
import org.coursewright.packs.Identifiers;
import org.coursewright.packs.Pack;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.PackSource;
import org.coursewright.packs.PackXml;
import org.coursewright.packs.PackZip;
import org.coursewright.packs.PlainText;
import org.coursewright.packs.TutorNotes;
import org.coursewright.publish.html.Site;
import org.eclipse.xtext.EcoreUtil2;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.w3c.dom.Node;

/**
 * IMS Common Cartridge 1.1, which Moodle, Canvas, Blackboard, Brightspace and Sakai import:
 * the organization mirrors the module (the course home, then one item per unit holding its
 * sessions), each page is a web content resource with the files it needs, each forum prompt
 * a discussion topic (a real forum once imported) placed in its session, and each reading
 * with an address a web link.
 */
public final class CommonCartridge11 implements PackFormat {

	static final String CP = "http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1";
	static final String LOM_MANIFEST = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest";
	static final String LOM_RESOURCE = "http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource";
	static final String DISCUSSION_TOPIC = "http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1";
	static final String WEB_LINK = "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1";

	@Override
	public String id() {
		return "cc";
	}

	@Override
	public String label() {
		return "IMS Common Cartridge 1.1 (Moodle, Canvas, Blackboard, Brightspace, Sakai)";
	}

	@Override
	public String fileName(String moduleCode) {
		return moduleCode + "-cc11.imscc";
	}

	@Override
	public Pack make(PackSource source) {
		Site site = source.site();
		Map<String, byte[]> files = source.files().all();
		List<String> shared = files.keySet().stream().filter(f -> !f.endsWith(".html")).toList();
		PackZip zip = new PackZip().addAll(files);
		List<Degradation> degradations = new ArrayList<>();
		PackXml manifest = new PackXml(CP, "manifest");
		Node root = manifest.root();
		manifest.attribute(root, "identifier", "M_" + Identifiers.safe(site.moduleCode()));
		manifest.declare(root, "lomimscc", LOM_MANIFEST);
		manifest.declare(root, "lom", LOM_RESOURCE);
		metadata(manifest, site.header());
		if (site.header().getStudyHours() > 0) {
			degradations.add(new Degradation("Study time (" + site.header().getStudyHours() + " hours)",
					"said in the description; the LOM of a CC 1.1 manifest has no typical learning time"));
		}

		Node organization = manifest.child(manifest.child(root, "organizations"), "organization");
		manifest.attribute(organization, "identifier", "O_1");
		manifest.attribute(organization, "structure", "rooted-hierarchy");
		Node top = manifest.child(organization, "item");
		manifest.attribute(top, "identifier", "I_root");
		Node resources = manifest.child(root, "resources");

		page(manifest, top, resources, "home", "Course home", Site.HOME, shared);
		for (Unit unit : site.module().units()) {
			Node unitItem = item(manifest, top, "I_unit_" + Identifiers.safe(unit.getName()), null,
					site.numbering().labelOf(unit) + ": " + unit.getTitle());
			for (Session session : unit.getSessions()) {
				String page = site.pageOf(session);
				page(manifest, unitItem, resources, "session_" + Identifiers.safe(session.getName()),
						site.numbering().labelOf(session) + " " + session.getTitle(), page, shared);
				Document html = Jsoup.parse(new String(files.get(page), StandardCharsets.UTF_8));
				for (ForumPrompt forum : EcoreUtil2.eAllOfType(session, ForumPrompt.class)) {
					String file = "forums/" + forum.getName() + ".xml";
					zip.add(file, DiscussionTopic.of(forum.getTitle(), forumText(html, forum)));
					resource(manifest, resources, "R_forum_" + Identifiers.safe(forum.getName()), "imsdt_xmlv1p1", null, List.of(file));
					item(manifest, unitItem, "I_forum_" + Identifiers.safe(forum.getName()), "R_forum_" + Identifiers.safe(forum.getName()),
							forum.getTitle());
				}
				if (!TutorNotes.in(session).isEmpty()) {
					tutorNotes(manifest, unitItem, resources, site, session, zip, shared);
				}
				for (Reading reading : EcoreUtil2.eAllOfType(session, Reading.class)) {
					Reference work = reading.getSource();
					if (work == null || work.eIsProxy() || work.getUrl() == null || work.getUrl().isBlank()) {
						continue;
					}
					String file = "links/" + reading.getName() + ".xml";
					String id = "R_link_" + Identifiers.safe(reading.getName());
					zip.add(file, WebLink.of(work.getTitle(), work.getUrl()));
					resource(manifest, resources, id, "imswl_xmlv1p1", null, List.of(file));
					item(manifest, unitItem, "I_link_" + Identifiers.safe(reading.getName()), id, work.getTitle());
				}
			}
		}
		page(manifest, top, resources, "references", "References", Site.REFERENCES, shared);
		if (files.containsKey(Site.GLOSSARY)) {
			page(manifest, top, resources, "glossary", "Glossary", Site.GLOSSARY, shared);
		}
		zip.add("imsmanifest.xml", manifest.bytes());
		return new Pack(zip.bytes(), degradations);
	}

	/**
	 * A session's tutor notes as a page for the Instructor role only (LOM intendedEndUserRole),
	 * which Moodle imports hidden from students and Canvas unpublished.
	 */
	private static void tutorNotes(PackXml manifest, Node unitItem, Node resources, Site site, Session session, PackZip zip,
			List<String> shared) {
		String page = TutorNotesPage.fileName(session);
		zip.add(page, TutorNotesPage.html(site, session).getBytes(StandardCharsets.UTF_8));
		String id = "R_tutor_" + Identifiers.safe(session.getName());
		Node resource = resource(manifest, resources, id, "webcontent", page, List.of());
		Node educational = manifest.child(manifest.child(manifest.child(resource, "metadata"), LOM_RESOURCE, "lom:lom"),
				LOM_RESOURCE, "lom:educational");
		Node role = manifest.child(educational, LOM_RESOURCE, "lom:intendedEndUserRole");
		manifest.textChild(role, LOM_RESOURCE, "lom:source", "IMSGLC_CC_Rolesv1p1");
		manifest.textChild(role, LOM_RESOURCE, "lom:value", "Instructor");
		files(manifest, resource, pageAndShared(page, shared));
		item(manifest, unitItem, "I_tutor_" + Identifiers.safe(session.getName()), id, TutorNotesPage.title(site, session));
	}

	/** The forum block as the session page shows it, without its heading (the topic's title says it). */
	private static String forumText(Document page, ForumPrompt forum) {
		Element block = page.getElementById(forum.getName());
		if (block == null) {
			return "";
		}
		Element copy = block.clone();
		copy.select("h2").remove();
		return copy.html();
	}

	private static void metadata(PackXml manifest, Module header) {
		Node metadata = manifest.child(manifest.root(), "metadata");
		manifest.text(manifest.child(metadata, "schema"), "IMS Common Cartridge");
		manifest.text(manifest.child(metadata, "schemaversion"), "1.1.0");
		Node lom = manifest.child(metadata, LOM_MANIFEST, "lomimscc:lom");
		Node general = manifest.child(lom, LOM_MANIFEST, "lomimscc:general");
		langString(manifest, manifest.child(general, LOM_MANIFEST, "lomimscc:title"), header.getTitle(), header.getLanguage());
		if (header.getLanguage() != null) {
			manifest.text(manifest.child(general, LOM_MANIFEST, "lomimscc:language"), header.getLanguage());
		}
		String description = header.getDescription() == null ? "" : PlainText.of(header.getDescription());
		if (header.getStudyHours() > 0) {
			// the CC 1.1 manifest profile of LOM has no educational/typicalLearningTime: the description says it
			description += (description.isEmpty() ? "" : "\n\n") + "Study time: " + header.getStudyHours() + " hours.";
		}
		if (!description.isEmpty()) {
			langString(manifest, manifest.child(general, LOM_MANIFEST, "lomimscc:description"), description, header.getLanguage());
		}
		if (header.getLicence() != null) {
			Node rights = manifest.child(lom, LOM_MANIFEST, "lomimscc:rights");
			Node restricted = manifest.child(rights, LOM_MANIFEST, "lomimscc:copyrightAndOtherRestrictions");
			manifest.text(manifest.child(restricted, LOM_MANIFEST, "lomimscc:value"), "yes");
			langString(manifest, manifest.child(rights, LOM_MANIFEST, "lomimscc:description"), header.getLicence(), null);
		}
	}

	private static void langString(PackXml manifest, Node parent, String text, String language) {
		Node string = manifest.child(parent, LOM_MANIFEST, "lomimscc:string");
		if (language != null) {
			manifest.attribute(string, "language", language);
		}
		manifest.text(string, text);
	}

	/** A page of the site as an item and a web content resource holding it and the files it uses. */
	private static void page(PackXml manifest, Node parent, Node resources, String name, String title, String page, List<String> shared) {
		resource(manifest, resources, "R_" + name, "webcontent", page, pageAndShared(page, shared));
		item(manifest, parent, "I_" + name, "R_" + name, title);
	}

	/** A page's own file, then the stylesheet, script, images and media every page may use. */
	private static List<String> pageAndShared(String page, List<String> shared) {
		List<String> files = new ArrayList<>();
		files.add(page);
		files.addAll(shared);
		return files;
	}

	private static Node item(PackXml manifest, Node parent, String identifier, String resource, String title) {
		Node item = manifest.child(parent, "item");
		manifest.attribute(item, "identifier", identifier);
		if (resource != null) {
			manifest.attribute(item, "identifierref", resource);
		}
		manifest.text(manifest.child(item, "title"), title);
		return item;
	}

	private static Node resource(PackXml manifest, Node resources, String identifier, String type, String href, List<String> files) {
		Node resource = manifest.child(resources, "resource");
		manifest.attribute(resource, "identifier", identifier);
		manifest.attribute(resource, "type", type);
		if (href != null) {
			manifest.attribute(resource, "href", href);
		}
		files(manifest, resource, files);
		return resource;
	}

	private static void files(PackXml manifest, Node resource, List<String> files) {
		for (String file : files) {
			manifest.attribute(manifest.child(resource, "file"), "href", file);
		}
	}
}
