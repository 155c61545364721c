package org.coursewright.packs.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coursewright.dsl.course.Session;
import org.coursewright.packs.reader.MovedAnswer;
import org.coursewright.packs.reader.ReaderAdaptation;
import org.coursewright.packs.reader.SitePage;
import org.coursewright.packs.reader.XhtmlDocument;
import org.coursewright.publish.html.Site;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The e-book's documents in reading order, made from the site's pages: the course home, one document
 * per session (with its references and, at its end, its answers and discussions), the module's
 * references and the glossary.
 */
final class EpubContent {

	static final String STYLESHEET = "styles/reader.css";
	static final String HOME = "index.xhtml";

	private final Site site;
	private final Map<String, byte[]> files;
	private final EpubMedia media;

	EpubContent(Site site, Map<String, byte[]> files, EpubMedia media) {
		this.site = site;
		this.files = files;
		this.media = media;
	}

	List<ContentDocument> documents() {
		List<ContentDocument> documents = new ArrayList<>();
		Element home = SitePage.main(files.get(Site.HOME));
		home.select("a[href=\"" + Site.SINGLE_PAGE + "\"]").forEach(link -> (link.parent().childrenSize() == 1 ? link.parent() : link).remove());
		documents.add(document(HOME, site.moduleCode() + " " + site.moduleTitle(), home));
		for (Session session : site.sessions()) {
			Element main = SitePage.main(files.get(site.pageOf(session)));
			media.adapt(main);
			List<MovedAnswer> answers = ReaderAdaptation.adapt(main);
			// a reading system may not unfold a disclosure: the transcript is shown, under its label
			main.select("details.transcript").forEach(ReaderAdaptation::openDisclosure);
			if (!answers.isEmpty()) {
				main.appendChild(ReaderAdaptation.answersSection(answers, "answers", "Answers and discussion", 2));
			}
			documents.add(document(xhtml(site.pageOf(session)), site.numbering().labelOf(session) + " " + session.getTitle(), main));
		}
		Element references = SitePage.main(files.get(Site.REFERENCES));
		references.select("a[href=\"" + Site.REFERENCES_DATA + "\"]").forEach(link -> link.parent().remove());
		documents.add(document(xhtml(Site.REFERENCES), "References", references));
		if (files.containsKey(Site.GLOSSARY)) {
			documents.add(document(xhtml(Site.GLOSSARY), "Glossary", SitePage.main(files.get(Site.GLOSSARY))));
		}
		Set<String> pages = Set.copyOf(files.keySet().stream().filter(name -> name.endsWith(".html") && !name.equals(Site.SINGLE_PAGE)).toList());
		documents.forEach(document -> relink(document.document(), pages));
		return documents;
	}

	private ContentDocument document(String name, String title, Element main) {
		Document document = XhtmlDocument.create(site.language(), title + " | " + site.moduleTitle(), STYLESHEET);
		document.body().appendChild(main);
		return new ContentDocument(name, title, document);
	}

	/** Links between the site's pages become links between the book's documents. */
	private static void relink(Document document, Set<String> pages) {
		for (Element link : document.select("a[href]")) {
			String href = link.attr("href");
			int hash = href.indexOf('#');
			String page = hash < 0 ? href : href.substring(0, hash);
			if (pages.contains(page)) {
				link.attr("href", xhtml(page) + (hash < 0 ? "" : href.substring(hash)));
			}
		}
	}

	static String xhtml(String page) {
		return page.substring(0, page.length() - ".html".length()) + ".xhtml";
	}
}
