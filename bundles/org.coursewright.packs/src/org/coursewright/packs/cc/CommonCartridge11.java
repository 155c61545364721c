package org.coursewright.packs.cc;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.packs.Degradation;
import org.coursewright.packs.Pack;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.PackSource;
import org.coursewright.packs.PackZip;
import org.coursewright.publish.html.Site;
import org.eclipse.xtext.EcoreUtil2;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
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
	static final String DISCUSSION_TOPIC = "http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1";
	static final String WEB_LINK = "http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1";

	@Override
	public String id() {
		return "cc";
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
		Xml manifest = new Xml(CP, "manifest");
		Node root = manifest.root();
		manifest.attribute(root, "identifier", "M_" + Identifiers.safe(site.moduleCode()));
		manifest.declare(root, "lomimscc", LOM_MANIFEST);
		metadata(manifest, site.header());

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
		site.module().files().forEach(file -> EcoreUtil2.eAllOfType(file, Activity.class).stream()
				.filter(activity -> activity.getTutorNote() != null && !activity.getTutorNote().isBlank())
				.forEach(activity -> degradations.add(new Degradation("Tutor note of " + site.numbering().labelOf(activity) + " '"
						+ activity.getName() + "'", "left out: the cartridge has no instructor-only page yet"))));
		zip.add("imsmanifest.xml", manifest.bytes());
		return new Pack(zip.bytes(), degradations);
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

	private static void metadata(Xml manifest, Module header) {
		Node metadata = manifest.child(manifest.root(), "metadata");
		manifest.text(manifest.child(metadata, "schema"), "IMS Common Cartridge");
		manifest.text(manifest.child(metadata, "schemaversion"), "1.1.0");
		Node lom = manifest.child(metadata, LOM_MANIFEST, "lomimscc:lom");
		Node general = manifest.child(lom, LOM_MANIFEST, "lomimscc:general");
		langString(manifest, manifest.child(general, LOM_MANIFEST, "lomimscc:title"), header.getTitle(), header.getLanguage());
		if (header.getLanguage() != null) {
			manifest.text(manifest.child(general, LOM_MANIFEST, "lomimscc:language"), header.getLanguage());
		}
		if (header.getDescription() != null) {
			// LOM holds plain text: the description's Markdown ("*between*") is read, not shown; lines of a paragraph join
			String plain = TextContentRenderer.builder().lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build()
					.render(Parser.builder().build().parse(header.getDescription())).strip().replaceAll("(?<!\n)\n(?!\n)", " ");
			langString(manifest, manifest.child(general, LOM_MANIFEST, "lomimscc:description"), plain, header.getLanguage());
		}
		if (header.getLicence() != null) {
			Node rights = manifest.child(lom, LOM_MANIFEST, "lomimscc:rights");
			Node restricted = manifest.child(rights, LOM_MANIFEST, "lomimscc:copyrightAndOtherRestrictions");
			manifest.text(manifest.child(restricted, LOM_MANIFEST, "lomimscc:value"), "yes");
			langString(manifest, manifest.child(rights, LOM_MANIFEST, "lomimscc:description"), header.getLicence(), null);
		}
	}

	private static void langString(Xml manifest, Node parent, String text, String language) {
		Node string = manifest.child(parent, LOM_MANIFEST, "lomimscc:string");
		if (language != null) {
			manifest.attribute(string, "language", language);
		}
		manifest.text(string, text);
	}

	/** A page of the site as an item and a web content resource holding it and the files it uses. */
	private static void page(Xml manifest, Node parent, Node resources, String name, String title, String page, List<String> shared) {
		List<String> files = new ArrayList<>();
		files.add(page);
		files.addAll(shared);
		resource(manifest, resources, "R_" + name, "webcontent", page, files);
		item(manifest, parent, "I_" + name, "R_" + name, title);
	}

	private static Node item(Xml manifest, Node parent, String identifier, String resource, String title) {
		Node item = manifest.child(parent, "item");
		manifest.attribute(item, "identifier", identifier);
		if (resource != null) {
			manifest.attribute(item, "identifierref", resource);
		}
		manifest.text(manifest.child(item, "title"), title);
		return item;
	}

	private static void resource(Xml manifest, Node resources, String identifier, String type, String href, List<String> files) {
		Node resource = manifest.child(resources, "resource");
		manifest.attribute(resource, "identifier", identifier);
		manifest.attribute(resource, "type", type);
		if (href != null) {
			manifest.attribute(resource, "href", href);
		}
		for (String file : files) {
			manifest.attribute(manifest.child(resource, "file"), "href", file);
		}
	}
}
