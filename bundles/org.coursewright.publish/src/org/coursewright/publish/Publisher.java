package org.coursewright.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.ModuleFolderFile;
import org.coursewright.publish.html.HomePage;
import org.coursewright.publish.html.SessionPage;
import org.coursewright.publish.html.Site;
import org.coursewright.publish.html.WholeCoursePages;
import org.coursewright.publish.references.References;
import org.coursewright.publish.references.UnknownStyleException;
import org.coursewright.publish.site.SiteConflictException;
import org.coursewright.publish.site.SiteFiles;
import org.coursewright.publish.site.SiteWriter;

/**
 * Turns a checked module into its course website: a home page, a page per session, the
 * whole course on one page, references and glossary, with the module's images and media.
 * It reads the model only; it never parses and never writes outside its output folder.
 */
public final class Publisher {

	private static final String[] ASSETS = { "course.css", "print.css", "course.js" };

	private Publisher() {
	}

	/**
	 * Loads the reference formatter's classes and the style on another thread, so that a command
	 * that checks a module before publishing it spends that time once, on a second core.
	 */
	public static void warmUp(String style) {
		Thread warmer = new Thread(() -> {
			try {
				References.of(java.util.List.of(), style == null ? References.DEFAULT_STYLE : style, "en-GB").bibliography();
			} catch (UnknownStyleException | RuntimeException e) {
				// only a head start: the real run reports any problem
			}
		}, "coursewright-warm-up");
		warmer.setDaemon(true);
		warmer.start();
	}

	/** The site's files, in memory. */
	public static SiteFiles render(CourseModule module, PublishOptions options) throws PublishException {
		return render(site(module, options));
	}

	/** The site's files, in memory, for a site already set up (packs need its page names too). */
	public static SiteFiles render(Site site) throws PublishException {
		CourseModule module = site.module();
		References references = site.references();
		SiteFiles files = new SiteFiles();
		files.text(Site.HOME, HomePage.render(site));
		for (Session session : site.sessions()) {
			files.text(site.pageOf(session), SessionPage.render(site, session));
		}
		files.text(Site.SINGLE_PAGE, WholeCoursePages.singlePage(site));
		files.text(Site.REFERENCES, WholeCoursePages.references(site));
		files.text(Site.REFERENCES_DATA, references.cslJson());
		if (!module.glossary().isEmpty()) {
			files.text(Site.GLOSSARY, WholeCoursePages.glossary(site));
		}
		for (String asset : ASSETS) {
			files.bytes("assets/" + asset, asset(asset));
		}
		copyModuleFiles(module, files);
		return files;
	}

	/**
	 * One session's page alone, as {@link #render} makes it: for a preview that cannot wait
	 * for the whole site. Its links and assets are relative to the site folder.
	 */
	public static String renderSessionPage(CourseModule module, PublishOptions options, Session session) throws PublishException {
		return SessionPage.render(site(module, options), session);
	}

	/** The module set up for publishing: its pages' names, numbering and formatted references. */
	public static Site site(CourseModule module, PublishOptions options) throws PublishException {
		String style = options.style() != null ? options.style()
				: module.header().map(h -> h.getCitationStyle()).filter(s -> s != null && !s.isBlank()).orElse(References.DEFAULT_STYLE);
		try {
			String language = options.language() != null ? options.language() : module.header().map(h -> h.getLanguage()).orElse(null);
			References references = References.of(module.references(), style, language);
			return new Site(module, references, options.forumLink());
		} catch (UnknownStyleException e) {
			throw new PublishException(e.getMessage());
		}
	}

	/** Renders the site and writes it into the output folder atomically. */
	public static SiteFiles publish(CourseModule module, PublishOptions options) throws PublishException {
		return publish(module, options, files -> {
		});
	}

	/** As {@link #publish(CourseModule, PublishOptions)}, {@code beforeWriting} adding files of its own (a build record, say). */
	public static SiteFiles publish(CourseModule module, PublishOptions options, java.util.function.Consumer<SiteFiles> beforeWriting)
			throws PublishException {
		SiteFiles files = render(module, options);
		beforeWriting.accept(files);
		try {
			SiteWriter.write(files, options.output());
		} catch (SiteConflictException e) {
			throw new PublishException(e.getMessage());
		} catch (IOException e) {
			throw new PublishException("Cannot write " + options.output() + ": " + e.getMessage());
		}
		return files;
	}

	/** Images, audio, video and caption files, from inside the module folder only. */
	private static void copyModuleFiles(CourseModule module, SiteFiles files) throws PublishException {
		Path folder = Path.of(module.folder().toFileString()).toAbsolutePath().normalize();
		Set<String> paths = new LinkedHashSet<>();
		module.allElements().forEach(element -> {
			if (element instanceof Figure figure && figure.getFile() != null) paths.add(figure.getFile());
			if (element instanceof Media media && media.getFile() != null) paths.add(media.getFile());
			if (element instanceof Media media && media.getCaptionsFile() != null) paths.add(media.getCaptionsFile());
		});
		for (String path : paths) {
			Path source = folder.resolve(path).normalize();
			switch (ModuleFolderFile.of(folder, path)) {
				case OUTSIDE -> throw new PublishException("'" + path + "' is outside the module folder; only files inside it are published.");
				case SYMBOLIC_LINK -> throw new PublishException("'" + path + "' is a symbolic link; only files inside the module"
						+ " folder are published, not what links point at.");
				case MISSING -> {
					continue; // validation reports missing files; a site without the file still works
				}
				case INSIDE -> {
				}
			}
			try {
				files.bytes(folder.relativize(source).toString(), Files.readAllBytes(source));
			} catch (IOException e) {
				throw new PublishException("Cannot read '" + path + "': " + e.getMessage());
			}
		}
	}

	private static byte[] asset(String name) {
		try (InputStream in = Publisher.class.getResourceAsStream("assets/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing asset " + name);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
