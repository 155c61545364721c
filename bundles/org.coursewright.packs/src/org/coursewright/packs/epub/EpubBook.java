package org.coursewright.packs.epub;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.coursewright.packs.Degradation;
import org.coursewright.packs.Pack;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.PackResources;
import org.coursewright.packs.PackSource;
import org.coursewright.packs.PackZip;
import org.coursewright.packs.reader.ReaderDegradations;
import org.coursewright.packs.reader.XhtmlDocument;
import org.coursewright.publish.html.Site;

/**
 * An EPUB 3 e-book of the module, for reading offline and with assistive technology: one XHTML
 * document per session in unit order, the course home, references and glossary; a navigation
 * document; the figures, and the video and audio small enough to travel; accessibility metadata.
 */
public final class EpubBook implements PackFormat {

	private static final String FOLDER = "EPUB/";
	private static final String CONTAINER = """
			<?xml version="1.0" encoding="UTF-8"?>
			<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
			  <rootfiles>
			    <rootfile full-path="EPUB/content.opf" media-type="application/oebps-package+xml"/>
			  </rootfiles>
			</container>
			""";

	@Override
	public String id() {
		return "epub";
	}

	@Override
	public String label() {
		return "EPUB 3 e-book";
	}

	@Override
	public String fileName(String moduleCode) {
		return moduleCode + ".epub";
	}

	@Override
	public Pack make(PackSource source) {
		Site site = source.site();
		Map<String, byte[]> files = source.files().all();
		EpubMedia media = new EpubMedia(files);
		List<ContentDocument> documents = new EpubContent(site, files, media).documents();

		Map<String, byte[]> book = new TreeMap<>();
		List<String> spine = new ArrayList<>();
		for (ContentDocument document : documents) {
			book.put(document.name(), XhtmlDocument.text(document.document()).getBytes(StandardCharsets.UTF_8));
			spine.add(document.name());
		}
		// the contents follow the course home, as in a printed book (a landmark leads to them, so they are in the spine)
		spine.add(1, NavigationDocument.NAME);
		book.put(NavigationDocument.NAME, XhtmlDocument.text(NavigationDocument.of(site, documents)).getBytes(StandardCharsets.UTF_8));
		book.put(EpubContent.STYLESHEET, PackResources.read(EpubBook.class, "reader.css"));
		// only what a document shows travels: an image or media file the module holds but never uses stays out
		Set<String> shown = new HashSet<>();
		documents.forEach(document -> document.document().select("[src]").forEach(element -> shown.add(element.attr("src"))));
		for (String path : shown) {
			if (!path.endsWith(".html") && !path.startsWith("assets/") && media.included(path)) {
				book.put(path, files.get(path));
			}
		}
		book.put(PackageDocument.NAME, PackageDocument.of(site, book.keySet(), spine, AccessibilityMetadata.of(documents)));

		PackZip zip = new PackZip().first("mimetype", "application/epub+zip".getBytes(StandardCharsets.US_ASCII));
		zip.add("META-INF/container.xml", CONTAINER.getBytes(StandardCharsets.UTF_8));
		book.forEach((path, content) -> zip.add(FOLDER + path, content));
		List<Degradation> degradations = new ArrayList<>(ReaderDegradations.of(site, "an e-book", "the session"));
		degradations.addAll(media.degradations());
		return new Pack(zip.bytes(), degradations);
	}
}
