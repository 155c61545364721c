package org.coursewright.packs.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.coursewright.packs.Packer;
import org.coursewright.packs.pdf.CourseReader;
import org.coursewright.packs.pdf.PageSize;
import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example module as a printed course reader, read back with PDFBox. */
class CourseReaderTest {

	@TempDir
	static Path folder;

	static PDDocument reader;

	@BeforeAll
	static void pack() throws Exception {
		ExamplePacks.pack(folder, "pdf");
		reader = Loader.loadPDF(folder.resolve("EDL710-reader.pdf").toFile());
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
	}

	private static String page(PDDocument pdf, int number) throws IOException {
		PDFTextStripper text = new PDFTextStripper();
		text.setStartPage(number);
		text.setEndPage(number);
		return text.getText(pdf);
	}

	/** The page's words with every run of spaces and line breaks as one space: lines break where the layout breaks them. */
	private static String flat(PDDocument pdf, int number) throws IOException {
		return page(pdf, number).replaceAll("\\s+", " ").strip();
	}

	@Test
	void theOutlineHoldsUnitsSessionsAnswersAndTheBackMatter() {
		List<String> lines = new ArrayList<>();
		outline(reader.getDocumentCatalog().getDocumentOutline(), "", lines);
		assertEquals(List.of("Contents", "About this course", "Unit 1 Leading and learning", "  Session 1.1 What is leadership for learning?",
				"  Session 1.2 Leading while learning", "  Answers and discussion", "Unit 2 Leadership practices that make a difference",
				"  Session 2.1 What the evidence says", "  Session 2.2 Getting closer to teaching", "  Answers and discussion",
				"Unit 3 Distributed and teacher leadership", "  Session 3.1 Sharing leadership", "  Session 3.2 Planning a change",
				"  Answers and discussion", "Readings", "References", "Glossary", "Appendix: transcripts"), lines);
	}

	private static void outline(PDOutlineNode node, String indent, List<String> lines) {
		for (PDOutlineItem item : node.children()) {
			lines.add(indent + item.getTitle());
			outline(item, indent + "  ", lines);
		}
	}

	@Test
	void theCoverSaysWhatTheCourseIsAndTheContentsGivePageNumbers() throws IOException {
		assertEquals("EDL710 Leadership for learning Level 7 · 15 credits · 12 hours of study Coursewright example team Course reader"
				+ " Licence: CC BY-NC-SA 4.0", flat(reader, 1));
		String contents = flat(reader, 2);
		assertTrue(contents.startsWith("2 Contents About this course "), contents);
		assertTrue(contents.matches(".* About this course \\.+ 3 Unit 1 Leading and learning \\.+ 4 Session 1\\.1 .*"), contents);
		assertTrue(contents.matches(".* Session 1\\.2 Leading while learning \\.+ 5 Answers and discussion \\.+ 6 .*"), contents);
		assertTrue(contents.matches(".* Glossary \\.+ 15 Appendix: transcripts \\.+ 16"), contents);
	}

	@Test
	void pagesHaveRunningHeadsActivitiesTheirTimingAndAnswersEndEachUnit() throws IOException {
		String session = flat(reader, 5);
		assertTrue(session.startsWith("Unit 1 Leading and learning Session 1.2 Leading while learning 5 "), session);
		String unitOne = flat(reader, 4) + " " + flat(reader, 5) + " " + flat(reader, 6);
		assertTrue(unitOne.contains("Activity 1.1 Your first thoughts Timing: Allow about 15 minutes "), unitOne);
		assertTrue(unitOne.contains(" Write your answer in your notes. Discussion of Activity 1.1 "), unitOne);
		assertTrue(unitOne.contains(" Answers and discussion: Unit 1 Discussion Activity 1.1 Your first thoughts "), unitOne);
		assertTrue(unitOne.contains(" Back to Activity 1.1 "), unitOne);
		String appendix = flat(reader, reader.getNumberOfPages());
		assertTrue(appendix.startsWith("Appendix: transcripts EDL710 Leadership for learning 16 Appendix: transcripts Video 1.1 Leading and learning"
				+ " in a federation of schools (12 minutes)."), appendix);
		assertTrue(appendix.contains(" Narrator: Four schools, one federation, and a shared habit of enquiry. "), appendix);
		assertTrue(appendix.endsWith(" Back to Video 1.1"), appendix);
	}

	@Test
	void theReaderIsTaggedWithItsLanguageAndTitleOnA4() {
		assertTrue(reader.getDocumentCatalog().getMarkInfo().isMarked());
		assertEquals("en-GB", reader.getDocumentCatalog().getLanguage());
		assertEquals("EDL710 Leadership for learning", reader.getDocumentInformation().getTitle());
		assertTrue(reader.getDocumentCatalog().getViewerPreferences().displayDocTitle());
		PDRectangle a4 = reader.getPage(0).getMediaBox();
		assertEquals(595, Math.round(a4.getWidth()));
		assertEquals(842, Math.round(a4.getHeight()));
	}

	@Test
	void letterPaperIsAnOption() throws Exception {
		Path letter = folder.resolve("letter");
		Packer.pack(new ModuleFixture(ExampleModule.folder()).load().model(), new PublishOptions(letter.resolve("unused"), null, null, null),
				List.of(new CourseReader(PageSize.LETTER)), letter);
		try (PDDocument pdf = Loader.loadPDF(letter.resolve("EDL710-reader.pdf").toFile())) {
			assertEquals(612, Math.round(pdf.getPage(0).getMediaBox().getWidth()));
			assertEquals(792, Math.round(pdf.getPage(0).getMediaBox().getHeight()));
		}
	}

	@Test
	void whatADesignerWroteIsPrintedAsTextNeverAsMarkup() throws Exception {
		Path packs = folder.resolve("every");
		ExamplePacks.pack(ExamplePacks.everyConstruct(), packs, "pdf");
		try (PDDocument pdf = Loader.loadPDF(packs.resolve("TST101-reader.pdf").toFile())) {
			assertTrue(flat(pdf, 1).startsWith("TST101 Every construct <of> the language & more Level 5 "), flat(pdf, 1));
			String about = flat(pdf, 3);
			assertTrue(about.contains("<script>alert(\"x\")</script> and a & b"), about);
			assertTrue(about.contains("Greek (μάθηση) and Polish (uczenie się)"), about);
		}
	}
}
