package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.course.ReferenceType;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.validation.IssueCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BibTeX and CSL-JSON files join the bibliography: their keys work in citations and readings. */
class BibliographyImportTest {

	@TempDir
	Path folder;

	private static final String USES = ModuleFixture.HEADER + """
			unit u "U" { session s "S" {
				reading r from neumerski2013 pages 310-347
				"As [@camburn2003, p. 348] found."
			} }
			""";

	private static final String BIBTEX = """
			@article{neumerski2013,
			  author = {Neumerski, Christine M.},
			  title = {Rethinking Instructional Leadership, a Review},
			  journal = {Educational Administration Quarterly},
			  year = {2013}, volume = {49}, number = {2}, pages = {310--347},
			  doi = {https://doi.org/10.1177/0013161X12456700}
			}
			@incollection{camburn2003,
			  author = {Eric Camburn and Brian Rowan and James E. Taylor},
			  title = {Distributed Leadership in Schools},
			  booktitle = {Reform Models},
			  editor = {Smith, Ann},
			  year = {2003}
			}
			""";

	@Test
	void bibTeXEntriesResolveAndKeepTheirFields() {
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", USES + "bibliography \"refs.bib\"\n").file("refs.bib", BIBTEX);
		assertEquals(List.of(), fixture.problems());
		Reading reading = (Reading) ((Unit) fixture.parsed("m.course").getMembers().get(0)).getSessions().get(0).getContents().get(0);
		Reference article = reading.getSource();
		assertEquals(ReferenceType.ARTICLE, article.getType());
		assertEquals(List.of("Neumerski, Christine M."), article.getAuthors());
		assertEquals("Educational Administration Quarterly", article.getContainer());
		assertEquals("310-347", article.getPages());
		assertEquals("2", article.getIssue());
		assertEquals("10.1177/0013161X12456700", article.getDoi(), "DOI kept without its resolver prefix");
		Reference chapter = fixture.load().model().importedReferences().stream().filter(r -> r.getName().equals("camburn2003"))
				.findFirst().orElseThrow();
		assertEquals(ReferenceType.CHAPTER, chapter.getType());
		assertEquals(List.of("Camburn, Eric", "Rowan, Brian", "Taylor, James E."), chapter.getAuthors());
	}

	@Test
	void cslJsonEntriesResolve() {
		String json = """
				[
				  {"id": "neumerski2013", "type": "article-journal", "title": "Rethinking instructional leadership",
				   "author": [{"family": "Neumerski", "given": "Christine M."}],
				   "container-title": "Educational Administration Quarterly", "volume": "49", "issue": "2",
				   "page": "310-347", "DOI": "10.1177/0013161X12456700", "issued": {"date-parts": [[2013]]}},
				  {"id": "camburn2003", "type": "chapter", "title": "Distributed leadership", "container-title": "Reform",
				   "author": [{"family": "Camburn", "given": "Eric"}], "issued": {"date-parts": [[2003, 6]]},
				   "accessed": {"date-parts": [[2026, 10, 1]]}}
				]
				""";
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", USES + "bibliography \"refs.json\"\n").file("refs.json", json);
		assertEquals(List.of(), fixture.problems());
		Reference chapter = fixture.load().model().importedReferences().get(1);
		assertEquals(2003, chapter.getYear());
		assertEquals("2026-10-01", chapter.getAccessed());
		assertEquals(List.of("Camburn, Eric"), chapter.getAuthors());
	}

	@Test
	void aBrokenOrMissingFileIsAnErrorAtTheImport() {
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", USES + "bibliography \"refs.bib\"\n")
				.file("refs.bib", "@article{broken,\n  title = {Unclosed\n");
		List<String> problems = fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE);
		assertEquals(1, problems.size());
		assertEquals(true, problems.get(0).startsWith("m.course:8:14: error: [bibliography-unreadable] refs.bib"), problems.get(0));
		fixture.file("m.course", USES + "bibliography \"nowhere.json\"\n");
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] nowhere.json: Cannot read the bibliography file"
				+ " 'nowhere.json': it does not exist or is not a plain file."), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));
		fixture.file("m.course", USES + "bibliography \"/etc/refs.json\"\n");
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] Name the bibliography file by a path relative to"
				+ " this file, such as \"references.bib\"."), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));
	}

	@Test
	void uncitedImportedEntriesAreWarnedAboutAtTheImport() {
		ModuleFixture fixture = new ModuleFixture(folder)
				.file("m.course", USES.replace("[@camburn2003, p. 348]", "it") + "bibliography \"refs.bib\"\n").file("refs.bib", BIBTEX);
		assertEquals(List.of("m.course:8:14: warning: [reference-not-cited] Nobody cites 'camburn2003' from refs.bib. Cite it in"
				+ " prose as [@camburn2003], use it in a reading, or remove it from the file."), fixture.problems(IssueCodes.REFERENCE_NOT_CITED));
	}

	@Test
	void aNameThatIsNotAUriIsAFileName() {
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", USES + "bibliography \"#:\"\n");
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] A bibliography file must be BibTeX (.bib) or CSL-JSON (.json)."),
				fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));
		fixture.file("m.course", USES + "bibliography \"#refs?.bib\"\n").file("#refs?.bib", BIBTEX);
		assertEquals(List.of(), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));
	}

	@Test
	void onlyPlainFilesOfAReasonableSizeInsideTheFolderAreRead() throws Exception {
		Path module = folder.resolve("module");
		ModuleFixture fixture = new ModuleFixture(module).file("m.course", USES + "bibliography \"pipe.bib\"\n");
		new ProcessBuilder("mkfifo", module.resolve("pipe.bib").toString()).start().waitFor();
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] pipe.bib: Cannot read the bibliography file 'pipe.bib':"
				+ " it does not exist or is not a plain file."), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));

		fixture.file("m.course", USES + "bibliography \"zero.bib\"\n");
		Files.createSymbolicLink(module.resolve("zero.bib"), Path.of("/dev/zero"));
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] zero.bib: 'zero.bib' is a symbolic link; only plain"
				+ " files inside the module's folder are read."), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));

		fixture.file("m.course", USES + "bibliography \"../outside.bib\"\n").file("../outside.bib", BIBTEX);
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] ../outside.bib: '../outside.bib' is outside the module's"
				+ " folder; only files inside it are read."), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));

		fixture.file("m.course", USES + "bibliography \"huge.bib\"\n");
		try (var huge = java.nio.channels.FileChannel.open(module.resolve("huge.bib"), java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE)) {
			huge.write(java.nio.ByteBuffer.wrap(new byte[] { '%' }), 200L * 1024 * 1024); // sparse: 200 MB without the disk space
		}
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] huge.bib: 'huge.bib' is 200 MB; a bibliography file may"
				+ " be up to 20 MB."), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));
	}

	@Test
	void aFieldOfThousandsOfCharactersIsAnErrorInTheFileAndInTheLanguage() {
		String title = "@b".repeat(600);
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", USES + "bibliography \"refs.bib\"\n")
				.file("refs.bib", BIBTEX.replace("Rethinking Instructional Leadership, a Review", title));
		assertEquals(List.of("m.course:8:14: error: [too-long] refs.bib: The title of entry 'neumerski2013' is 1,200 characters long;"
				+ " a field may be up to 1,000 characters."), fixture.problems(IssueCodes.TOO_LONG));
		fixture.file("refs.bib", BIBTEX).file("more.course", "book long {\n\tauthor \"A, B\"\n\tyear 2001\n\ttitle \"" + title
				+ "\"\n\tpublisher \"" + "P".repeat(1001) + "\"\n}\n");
		assertEquals(List.of("more.course:4:8: error: [too-long] The title of entry 'long' is 1,200 characters long; a field may be"
				+ " up to 1,000 characters."), fixture.problems(IssueCodes.TOO_LONG));
	}

	@Test
	void aFileOfMoreThan2000EntriesIsOneErrorAtTheImport() {
		StringBuilder library = new StringBuilder(BIBTEX);
		for (int i = 0; i < 2_000; i++) {
			library.append("@book{work").append(i).append(", author = {Author, A.}, title = {Work ").append(i)
					.append("}, publisher = {P}, year = {2001}}\n");
		}
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", USES + "bibliography \"library.bib\"\n")
				.file("library.bib", library.toString());
		assertEquals(List.of("m.course:8:14: error: [too-long] library.bib has 2,002 entries; a module's bibliography file may have up"
				+ " to 2,000. Export only the works this module cites (reference managers such as Zotero export a collection or a"
				+ " selection)."), fixture.problems().stream().filter(p -> p.contains("error") || p.contains("reference-not-cited")).toList());
	}

	@Test
	void aStringMacroDefinedByItselfIsAnErrorThatSaysSo() {
		ModuleFixture fixture = new ModuleFixture(folder).file("m.course", USES + "bibliography \"refs.bib\"\n")
				.file("refs.bib", "@string{x = x # x}\n" + BIBTEX.replace("journal = {", "journal = x # {"));
		assertEquals(List.of("m.course:8:14: error: [bibliography-unreadable] refs.bib: This BibTeX file cannot be read: the @string 'x'"
				+ " is used but never defined before (or is defined by itself)."), fixture.problems(IssueCodes.BIBLIOGRAPHY_UNREADABLE));
	}
}
