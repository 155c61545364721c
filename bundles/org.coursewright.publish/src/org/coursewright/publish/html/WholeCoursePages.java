package org.coursewright.publish.html;

import java.util.LinkedHashSet;
import java.util.Set;

import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.publish.references.ReferenceEntry;
import org.jsoup.nodes.Element;

/** The pages about the whole course: everything on one page, the bibliography, the glossary. */
public final class WholeCoursePages {

	private WholeCoursePages() {
	}

	/** A page about the whole course, one crumb below the home page, with its h1. */
	private static PageShell page(Site site, String page, String crumb, String heading) {
		PageShell shell = PageShell.create(site, crumb);
		shell.crumb("Course home", Site.HOME).crumb(crumb, null);
		ContentsNavigation.fill(site, shell.sideNavigation(), page);
		shell.main().appendElement("h1").text(heading);
		return shell;
	}

	public static String singlePage(Site site) {
		PageShell shell = page(site, Site.SINGLE_PAGE, "Whole course", site.moduleCode() + " " + site.moduleTitle());
		Element main = shell.main();
		for (Unit unit : site.module().units()) {
			Element section = main.appendElement("section").addClass("unit").attr("aria-labelledby", unit.getName() + "-title");
			section.appendElement("h2").attr("id", unit.getName() + "-title").text(site.numbering().labelOf(unit) + " " + unit.getTitle());
			for (Session session : unit.getSessions()) {
				SessionPage.content(site, session, section, 3, Site.SINGLE_PAGE);
			}
		}
		Set<String> cited = new LinkedHashSet<>();
		site.module().files().forEach(file -> cited.addAll(SessionPage.keysCitedIn(file)));
		SessionPage.referenceList(site, cited, main, 2);
		return shell.html();
	}

	public static String references(Site site) {
		PageShell shell = page(site, Site.REFERENCES, "References", "References");
		Element main = shell.main();
		main.appendElement("p").appendElement("a").attr("href", Site.REFERENCES_DATA).attr("download", "")
				.text("Download these references for your reference manager (CSL-JSON)");
		Element list = main.appendElement("ul").addClass("reference-list");
		// a reference list holds the works cited and the readings set (APA 7 §9.1), not every entry written
		for (ReferenceEntry entry : site.references().bibliography(citedInModule(site))) {
			list.appendElement("li").attr("id", "ref-" + entry.key()).html(entry.html());
		}
		return shell.html();
	}

	private static Set<String> citedInModule(Site site) {
		Set<String> keys = new LinkedHashSet<>();
		site.module().header().ifPresent(header -> keys.addAll(SessionPage.keysCitedIn(header)));
		site.module().units().forEach(unit -> keys.addAll(SessionPage.keysCitedIn(unit)));
		site.module().glossary().forEach(term -> keys.addAll(SessionPage.keysCitedIn(term)));
		return keys;
	}

	public static String glossary(Site site) {
		PageShell shell = page(site, Site.GLOSSARY, "Glossary", "Glossary");
		Element main = shell.main();
		Element list = main.appendElement("dl").addClass("glossary");
		ProseRenderer prose = new ProseRenderer(site, Site.GLOSSARY);
		site.module().glossary().stream().sorted((a, b) -> a.getTerm().compareToIgnoreCase(b.getTerm())).forEach((GlossaryTerm term) -> {
			list.appendElement("dt").attr("id", "term-" + term.getName()).text(term.getTerm());
			prose.render(term.getDefinition(), list.appendElement("dd"));
		});
		return shell.html();
	}
}
