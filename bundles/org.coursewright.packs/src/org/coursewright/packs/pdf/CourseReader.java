package org.coursewright.packs.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coursewright.packs.Degradation;
import org.coursewright.packs.Pack;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.PackSource;
import org.coursewright.packs.reader.ReaderDegradations;
import org.coursewright.publish.PublishException;

/**
 * A printable course reader of the whole module as a tagged PDF (PDF/UA-1): cover, contents with page
 * numbers, the units with running heads and their answers, readings, references, glossary and the
 * transcripts in an appendix. Laid out in Java from the same pages the site shows, not by a browser.
 */
public final class CourseReader implements PackFormat {

	private final PageSize pageSize;

	public CourseReader(PageSize pageSize) {
		this.pageSize = pageSize;
	}

	public PageSize pageSize() {
		return pageSize;
	}

	@Override
	public String id() {
		return "pdf";
	}

	@Override
	public String label() {
		return "PDF course reader (tagged, PDF/UA-1)";
	}

	@Override
	public String fileName(String moduleCode) {
		return moduleCode + "-reader.pdf";
	}

	@Override
	public Pack make(PackSource source) throws PublishException {
		Map<String, byte[]> files = source.files().all();
		ReaderBook book = new ReaderBook(source.site(), files, pageSize);
		byte[] pdf = PdfRendering.pdf(book.document(), files);
		List<Degradation> degradations = new ArrayList<>(ReaderDegradations.of(source.site(), "paper", "the unit"));
		degradations.addAll(book.degradations());
		return new Pack(pdf, degradations);
	}
}
