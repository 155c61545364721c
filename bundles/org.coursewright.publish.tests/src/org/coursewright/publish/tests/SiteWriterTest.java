package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.coursewright.publish.site.OutputLock;
import org.coursewright.publish.site.SiteConflictException;
import org.coursewright.publish.site.SiteFiles;
import org.coursewright.publish.site.SiteWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing replaces its own files and nothing else, and leaves no half-written site. */
class SiteWriterTest {

	@TempDir
	Path folder;

	private static SiteFiles site(String... pathsAndTexts) {
		SiteFiles files = new SiteFiles();
		for (int i = 0; i < pathsAndTexts.length; i += 2) {
			files.text(pathsAndTexts[i], pathsAndTexts[i + 1]);
		}
		return files;
	}

	private List<String> listing(Path out) throws Exception {
		try (Stream<Path> walk = Files.walk(out)) {
			return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString()).sorted().toList();
		}
	}

	@Test
	void aNewFolderGetsTheSiteAndAManifest() throws Exception {
		Path out = folder.resolve("site");
		SiteWriter.write(site("index.html", "home", "assets/a.css", "css"), out);
		assertEquals(List.of(".coursewright-site", "assets/a.css", "index.html"), listing(out));
		assertEquals("index.html\nassets/a.css\n", Files.readString(out.resolve(SiteWriter.MANIFEST)));
		// beside the site only the (empty) lock file stays, no staging folder
		assertEquals(List.of(".site.lock", "site"), listing(folder).stream().map(p -> p.split("/")[0]).distinct().toList());
	}

	@Test
	void aPublishedSiteIsReadableByEveryoneWhateverItsFolderWasMadeWith() throws Exception {
		Path out = folder.resolve("site");
		SiteWriter.write(site("index.html", "home", "assets/a.css", "css"), out);
		assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
		assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("assets"))));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("index.html"))));
		assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("assets/a.css"))));
	}

	@Test
	void republishingRemovesOnlyWhatThePreviousPublishWrote() throws Exception {
		Path out = folder.resolve("site");
		SiteWriter.write(site("index.html", "v1", "old.html", "gone soon", "images/a.png", "img"), out);
		Files.writeString(out.resolve("notes-from-the-tutor.txt"), "keep me");
		Files.createDirectories(out.resolve("images"));
		Files.writeString(out.resolve("images/own.png"), "keep me too");
		SiteWriter.write(site("index.html", "v2"), out);
		assertEquals(List.of(".coursewright-site", "images/own.png", "index.html", "notes-from-the-tutor.txt"), listing(out));
		assertEquals("v2", Files.readString(out.resolve("index.html")));
		assertEquals("keep me", Files.readString(out.resolve("notes-from-the-tutor.txt")));
	}

	@Test
	void aFolderOfSomeoneElsesFilesIsRefusedUntouched() throws Exception {
		Path out = folder.resolve("documents");
		Files.createDirectories(out);
		Files.writeString(out.resolve("index.html"), "my own home page");
		SiteConflictException e = assertThrows(SiteConflictException.class, () -> SiteWriter.write(site("index.html", "site"), out));
		assertTrue(e.getMessage().endsWith("already holds files that Coursewright did not write (such as index.html)."
				+ " Choose an empty or new output folder."), e.getMessage());
		assertEquals("my own home page", Files.readString(out.resolve("index.html")));
		assertEquals(List.of("index.html"), listing(out));
		assertEquals(List.of(".documents.lock", "documents/index.html"), listing(folder), "no staging folder left");
	}

	@Test
	void aForeignFileInTheWayOfANewPageStopsThePublish() throws Exception {
		Path out = folder.resolve("site");
		SiteWriter.write(site("index.html", "v1"), out);
		Files.writeString(out.resolve("glossary.html"), "written by hand");
		SiteConflictException e = assertThrows(SiteConflictException.class,
				() -> SiteWriter.write(site("index.html", "v2", "glossary.html", "generated"), out));
		assertEquals("Publishing would overwrite files that Coursewright did not write: glossary.html. Move them away or choose"
				+ " another output folder.", e.getMessage());
		assertEquals("v1", Files.readString(out.resolve("index.html")), "nothing changed");
		assertEquals("written by hand", Files.readString(out.resolve("glossary.html")));
	}

	@Test
	void pathsOutsideTheSiteAreRejected() {
		assertThrows(IllegalArgumentException.class, () -> site("../escape.html", "x"));
		assertThrows(IllegalArgumentException.class, () -> site("/etc/passwd", "x"));
		assertFalse(Files.exists(folder.resolve("escape.html")));
	}

	@Test
	void aSecondRunIntoTheSameFolderWaitsForTheFirstAndGivesUpWithAMessage() throws Exception {
		Path out = folder.resolve("site");
		try (OutputLock held = OutputLock.acquire(out)) {
			SiteConflictException refused = assertThrows(SiteConflictException.class, () -> OutputLock.acquire(out, 300));
			assertEquals("Another Coursewright run is writing into " + out + " and still was after 0 s; nothing was written."
					+ " Try again when it has finished.", refused.getMessage());
			Thread release = new Thread(() -> {
				try {
					Thread.sleep(500);
					held.close();
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			});
			release.start();
			long started = System.nanoTime();
			SiteWriter.write(site("index.html", "after the other run"), out);
			assertTrue(System.nanoTime() - started >= 400_000_000L, "the write waited for the lock");
			release.join();
		}
		assertEquals("after the other run", Files.readString(out.resolve("index.html")));
	}

	@Test
	void whatAKilledRunLeftBesideTheFolderIsCleanedUpByTheNext() throws Exception {
		Path out = folder.resolve("site");
		SiteWriter.write(site("index.html", "first"), out);
		Files.createDirectories(folder.resolve(".site.publishing-123/assets"));
		Files.writeString(folder.resolve(".site.publishing-123/assets/half.css"), "half");
		Files.createDirectories(folder.resolve(".site.previous-456"));
		SiteWriter.write(site("index.html", "second"), out);
		assertEquals(List.of(".site.lock", "site"), listing(folder).stream().map(p -> p.split("/")[0]).distinct().toList());
		assertEquals("second", Files.readString(out.resolve("index.html")));
	}

	@Test
	void aRunKilledBetweenItsTwoRenamesLeavesThePreviousSiteForTheNextToPutBack() throws Exception {
		Path out = folder.resolve("site");
		SiteWriter.write(site("index.html", "first", "old.html", "only in the first"), out);
		// as a run killed after moving the site aside and before moving its staging in leaves it
		Files.move(out, folder.resolve(".site.previous-789"));
		Files.createDirectories(folder.resolve(".site.publishing-790"));
		Files.writeString(folder.resolve(".site.publishing-790/index.html"), "complete, never moved in");
		SiteWriter.write(site("index.html", "third"), out);
		assertEquals(List.of(".coursewright-site", "index.html"), listing(out), "the put-back first site's own files replaced");
		assertEquals("third", Files.readString(out.resolve("index.html")));
		assertEquals(List.of(".site.lock", "site"), listing(folder).stream().map(p -> p.split("/")[0]).distinct().toList());
	}

	@Test
	void anOutputFolderThatIsALinkIsWrittenThroughAndTheLinkStays() throws Exception {
		Path served = folder.resolve("www/course");
		SiteWriter.write(site("index.html", "first"), served);
		Path link = Files.createSymbolicLink(folder.resolve("site"), served);
		SiteWriter.write(site("index.html", "second"), link);
		assertTrue(Files.isSymbolicLink(link));
		assertEquals(served, Files.readSymbolicLink(link));
		assertEquals("second", Files.readString(served.resolve("index.html")));
		Path dangling = Files.createSymbolicLink(folder.resolve("gone"), folder.resolve("nowhere"));
		SiteConflictException refused = assertThrows(SiteConflictException.class, () -> SiteWriter.write(site("index.html", "x"), dangling));
		assertEquals(dangling + " is a symbolic link to " + folder.resolve("nowhere") + ", which is not a folder; link it to a folder or"
				+ " choose another output folder.", refused.getMessage());
	}
}
