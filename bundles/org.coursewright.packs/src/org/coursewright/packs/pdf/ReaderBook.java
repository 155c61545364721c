package org.coursewright.packs.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.packs.Degradation;
import org.coursewright.packs.PackResources;
import org.coursewright.packs.reader.MovedAnswer;
import org.coursewright.packs.reader.ReaderAdaptation;
import org.coursewright.packs.reader.SitePage;
import org.coursewright.packs.reader.XhtmlDocument;
import org.coursewright.publish.html.Site;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The course reader as one XHTML document laid out for paper: cover, contents with page numbers, an
 * introduction, each unit with its sessions and then its answers, the readings, the references, the
 * glossary and the transcripts as an appendix. Made from the site's pages, so it says what the site says.
 */
final class ReaderBook {

	private final Site site;
	private final Map<String, byte[]> files;
	private final PageSize pageSize;
	/** Where a link to a site page leads in the reader: "session-1-1.html" → "#what-is-lfl". */
	private final Map<String, String> pageTargets = new HashMap<>();
	private final ReaderMedia media = new ReaderMedia();
	private final Bookmarks bookmarks = new Bookmarks();

	ReaderBook(Site site, Map<String, byte[]> files, PageSize pageSize) {
		this.site = site;
		this.files = files;
		this.pageSize = pageSize;
		pageTargets.put(Site.HOME, "introduction");
		pageTargets.put(Site.REFERENCES, "references");
		pageTargets.put(Site.GLOSSARY, "glossary");
		pageTargets.put(Site.SINGLE_PAGE, "introduction");
		site.sessions().forEach(session -> pageTargets.put(site.pageOf(session), session.getName()));
	}

	Document document() {
		String title = site.moduleCode() + " " + site.moduleTitle();
		Document document = XhtmlDocument.create(site.language(), title);
		document.head().appendElement("style").appendChild(new DataNode(styles()));
		if (!site.header().getAuthors().isEmpty()) {
			document.head().appendElement("meta").attr("name", "author").attr("content", String.join(", ", site.header().getAuthors()));
		}
		document.head().appendElement("meta").attr("name", "subject").attr("content", "Course reader of " + title);
		Element body = document.body();
		Element home = SitePage.main(files.get(Site.HOME));
		body.appendChild(cover(home));
		Element contents = body.appendElement("nav").addClass("contents").attr("id", "contents").attr("aria-labelledby", "contents-title");
		contents.appendElement("h1").attr("id", "contents-title").text("Contents");
		Element entries = contents.appendElement("ol");
		bookmarks.add("Contents", "contents");

		body.appendChild(part("introduction", "About this course", introduction(home)));
		entry(entries, "introduction", "About this course");
		bookmarks.add("About this course", "introduction");
		List<Element> readings = new ArrayList<>();
		for (Unit unit : site.module().units()) {
			String unitTitle = site.numbering().labelOf(unit) + " " + unit.getTitle();
			Element unitSection = part(unit.getName(), unitTitle, null);
			Element unitEntry = entry(entries, unit.getName(), unitTitle);
			Element sessionEntries = unitEntry.appendElement("ol");
			Bookmarks.Mark unitMark = bookmarks.add(unitTitle, unit.getName());
			List<MovedAnswer> answers = new ArrayList<>();
			for (Session session : unit.getSessions()) {
				Element article = session(session, answers);
				readings.addAll(article.select("section.reading[id]"));
				unitSection.appendChild(article);
				String sessionTitle = site.numbering().labelOf(session) + " " + session.getTitle();
				entry(sessionEntries, session.getName(), sessionTitle);
				unitMark.add(sessionTitle, session.getName());
			}
			if (!answers.isEmpty()) {
				String id = "answers-" + unit.getName();
				unitSection.appendChild(ReaderAdaptation.answersSection(answers, id, "Answers and discussion: " + site.numbering().labelOf(unit), 2));
				entry(sessionEntries, id, "Answers and discussion");
				unitMark.add("Answers and discussion", id);
			}
			body.appendChild(unitSection);
		}
		backMatter(body, entries, "readings", "Readings", readingsList(readings));
		backMatter(body, entries, "references", "References", SitePage.main(files.get(Site.REFERENCES)).selectFirst("ul.reference-list"));
		if (files.containsKey(Site.GLOSSARY)) {
			backMatter(body, entries, "glossary", "Glossary", SitePage.main(files.get(Site.GLOSSARY)).selectFirst("dl.glossary"));
		}
		if (!media.transcripts().isEmpty()) {
			backMatter(body, entries, "transcripts", "Appendix: transcripts", media.transcriptsAppendix());
		}
		relink(body);
		bookmarks.writeInto(document.head());
		return document;
	}

	List<Degradation> degradations() {
		return media.degradations();
	}

	private Element cover(Element home) {
		Element cover = new Element("section").addClass("cover").attr("id", "cover");
		cover.appendElement("p").addClass("cover-code").text(site.moduleCode());
		cover.appendElement("h1").addClass("cover-title").text(site.moduleTitle());
		// the facts as the course home states them: "Level 7 · 15 credits · 12 hours of study"
		List<String> facts = home.select("ul.course-facts li").eachText();
		if (!facts.isEmpty()) {
			cover.appendElement("p").addClass("cover-facts").text(String.join(" · ", facts));
		}
		if (!site.header().getAuthors().isEmpty()) {
			cover.appendElement("p").addClass("cover-authors").text(String.join(", ", site.header().getAuthors()));
		}
		cover.appendElement("p").addClass("cover-kind").text("Course reader");
		if (site.header().getLicence() != null) {
			cover.appendElement("p").addClass("cover-licence").text("Licence: " + site.header().getLicence());
		}
		return cover;
	}

	/** The course home's description, outcomes and study time; its contents list is the reader's own. */
	private static Element introduction(Element home) {
		home.select("h1, ol.course-contents, a[href=\"" + Site.SINGLE_PAGE + "\"]").remove();
		home.select("h2").stream().filter(h -> h.text().equals("Contents")).forEach(Element::remove);
		home.select("p:empty").remove();
		return home;
	}

	private Element session(Session session, List<MovedAnswer> answers) {
		Element article = SitePage.main(files.get(site.pageOf(session))).selectFirst("article.session");
		article.remove();
		media.adapt(article);
		answers.addAll(ReaderAdaptation.adapt(article));
		headingsOneLevelDown(article);
		article.prependElement("div").addClass("running-session").text(site.numbering().labelOf(session) + " " + session.getTitle());
		return article;
	}

	private Element readingsList(List<Element> readings) {
		Element list = new Element("ol").addClass("readings-list");
		for (Element reading : readings) {
			Element item = list.appendElement("li");
			Element number = reading.selectFirst(".element-number");
			Element line = item.appendElement("p");
			line.appendElement("a").attr("href", "#" + reading.id()).text(number == null ? "Reading" : number.text());
			Element session = reading.closest("article.session");
			Element sessionHead = session == null ? null : session.selectFirst("h2 .element-number");
			if (sessionHead != null) {
				line.appendText(" (" + sessionHead.text() + ")");
			}
			Element reference = reading.selectFirst("p.reference");
			if (reference != null) {
				item.appendChild(reference.clone());
			}
			Element facts = reading.selectFirst("p.reading-facts");
			if (facts != null) {
				item.appendChild(facts.clone());
			}
		}
		return list;
	}

	private void backMatter(Element body, Element entries, String id, String title, Element content) {
		body.appendChild(part(id, title, content));
		entry(entries, id, title);
		bookmarks.add(title, id);
	}

	/** A part of the reader that starts a page, with its own running head. */
	private Element part(String id, String title, Element content) {
		Element part = new Element("section").addClass("part").attr("id", id);
		part.appendElement("div").addClass("running-part").text(title);
		if (content != null) {
			// outside the units the right-hand head names the course; in a unit, each session does
			part.appendElement("div").addClass("running-session").text(site.moduleCode() + " " + site.moduleTitle());
		}
		part.appendElement("h1").text(title);
		if (content != null) {
			part.appendChild(content);
		}
		return part;
	}

	/** A line of the contents; its page number is drawn by the style sheet (target-counter). */
	private static Element entry(Element list, String id, String text) {
		Element entry = list.appendElement("li");
		entry.appendElement("a").attr("href", "#" + id).text(text);
		return entry;
	}

	/** The site's pages are one document here: a link to a page leads to where that page's content now is. */
	private void relink(Element body) {
		for (Element link : body.select("a[href]")) {
			String href = link.attr("href");
			if (href.startsWith("#") || href.contains(":")) {
				continue;
			}
			int hash = href.indexOf('#');
			String page = hash < 0 ? href : href.substring(0, hash);
			if (hash >= 0 && hash < href.length() - 1 && pageTargets.containsKey(page)) {
				link.attr("href", href.substring(hash));
			} else if (pageTargets.containsKey(page)) {
				link.attr("href", "#" + pageTargets.get(page));
			} else {
				link.unwrap();
			}
		}
	}

	/** A session's page starts at h1; in the reader a unit is h1, so everything in it moves down one level. */
	private static void headingsOneLevelDown(Element content) {
		for (Element heading : content.select("h1, h2, h3, h4, h5, h6")) {
			int level = Math.min(6, Integer.parseInt(heading.tagName().substring(1)) + 1);
			heading.tagName("h" + level);
		}
	}

	private String styles() {
		return new String(PackResources.read(ReaderBook.class, "reader-print.css"), StandardCharsets.UTF_8).replace("/*PAGE-SIZE*/A4", pageSize.css());
	}
}
