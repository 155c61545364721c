package org.coursewright.packs.epub;

import java.util.List;

import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.packs.reader.XhtmlDocument;
import org.coursewright.publish.html.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The e-book's navigation document: the contents (units, their sessions, and in each session its
 * numbered activities, forum prompts, readings and figures) and the landmarks a reading system offers
 * as "go to" places.
 */
final class NavigationDocument {

	static final String NAME = "nav.xhtml";

	/** The numbered elements a learner looks for, as the site marks them up. */
	private static final String NUMBERED = "section.activity[id], section.forum-prompt[id], section.reading[id], div.figure[id]";

	private NavigationDocument() {
	}

	static Document of(Site site, List<ContentDocument> documents) {
		Document nav = XhtmlDocument.create(site.language(), "Contents | " + site.moduleTitle(), EpubContent.STYLESHEET);
		Element toc = nav.body().appendElement("nav").attr("epub:type", "toc").attr("id", "toc").attr("role", "doc-toc");
		toc.appendElement("h1").text("Contents");
		Element entries = toc.appendElement("ol");
		link(entries, EpubContent.HOME, "Course home");
		for (Unit unit : site.module().units()) {
			// a span, not a link to the unit on the course home: the contents must follow the reading order
			Element unitEntry = entries.appendElement("li");
			unitEntry.appendElement("span").text(site.numbering().labelOf(unit) + " " + unit.getTitle());
			Element sessions = unitEntry.appendElement("ol");
			for (Session session : unit.getSessions()) {
				String name = EpubContent.xhtml(site.pageOf(session));
				Element sessionEntry = link(sessions, name, site.numbering().labelOf(session) + " " + session.getTitle());
				List<Element> numbered = document(documents, name).select(NUMBERED);
				if (!numbered.isEmpty()) {
					Element inside = sessionEntry.appendElement("ol");
					numbered.forEach(element -> link(inside, name + "#" + element.id(), label(element)));
				}
			}
		}
		for (ContentDocument back : documents.subList(1 + site.sessions().size(), documents.size())) {
			link(entries, back.name(), back.title());
		}
		landmarks(nav.body(), site, documents);
		return nav;
	}

	private static void landmarks(Element body, Site site, List<ContentDocument> documents) {
		Element landmarks = body.appendElement("nav").attr("epub:type", "landmarks").attr("id", "landmarks").attr("hidden", "hidden");
		landmarks.appendElement("h2").text("Landmarks");
		Element list = landmarks.appendElement("ol");
		link(list, NAME + "#toc", "Contents").child(0).attr("epub:type", "toc");
		if (!site.sessions().isEmpty()) {
			link(list, documents.get(1).name(), "Start of the course").child(0).attr("epub:type", "bodymatter");
		}
		link(list, EpubContent.xhtml(Site.REFERENCES), "References").child(0).attr("epub:type", "bibliography");
		documents.stream().filter(d -> d.name().equals(EpubContent.xhtml(Site.GLOSSARY))).findFirst()
				.ifPresent(glossary -> link(list, glossary.name(), "Glossary").child(0).attr("epub:type", "glossary"));
	}

	private static Element link(Element list, String href, String text) {
		Element entry = list.appendElement("li");
		entry.appendElement("a").attr("href", href).text(text);
		return entry;
	}

	private static Element document(List<ContentDocument> documents, String name) {
		return documents.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().document().body();
	}

	/** "Activity 1.3 Watch: …", "Figure 2.1 Five dimensions …", "Reading 1 MacBeath, J. … (2009) …". */
	private static String label(Element element) {
		Element heading = element.selectFirst("h1, h2, h3, h4, h5, h6, figcaption");
		Element text = (heading == null ? element : heading).clone();
		text.select(".citation").remove();
		String label = text.text().strip();
		Element reference = element.is("section.reading") ? element.selectFirst("p.reference") : null;
		return reference == null ? label : label + " " + reference.text();
	}
}
