package org.coursewright.publish.html;

import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Outcome;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.studytime.StudyTime;
import org.jsoup.nodes.Element;

/** The course home: what the course is, what learners will be able to do, how long it takes, contents. */
public final class HomePage {

	private HomePage() {
	}

	public static String render(Site site) {
		Module header = site.header();
		PageShell shell = PageShell.create(site, "Course home");
		shell.crumb("Course home", null);
		ContentsNavigation.fill(site, shell.sideNavigation(), Site.HOME);
		Element main = shell.main();
		Element h1 = main.appendElement("h1");
		h1.appendElement("span").addClass("course-code").text(header.getCode());
		h1.appendText(" " + header.getTitle());
		site.module().adaptation().ifPresent(adaptation -> main.appendElement("p").addClass("cohort")
				.text("This version is adapted for " + adaptation.getTitle() + "."));
		facts(header, main);
		new ProseRenderer(site, Site.HOME).render(header.getDescription(), main);
		if (!header.getOutcomes().isEmpty()) {
			main.appendElement("h2").text("Learning outcomes");
			main.appendElement("p").text("After studying this course, you should be able to:");
			Element list = main.appendElement("ol").addClass("outcomes");
			for (Outcome outcome : header.getOutcomes()) {
				list.appendElement("li").attr("id", outcome.getName()).text(outcome.getText());
			}
		}
		studyTime(site, main);
		contents(site, main);
		return shell.html();
	}

	private static void facts(Module header, Element main) {
		Element facts = main.appendElement("ul").addClass("course-facts");
		if (header.getLevel() > 0) facts.appendElement("li").text("Level " + header.getLevel());
		if (header.getCredits() > 0) facts.appendElement("li").text(header.getCredits() + " credits");
		if (header.getStudyHours() > 0) facts.appendElement("li").text(header.getStudyHours() + " hours of study");
		if (facts.children().isEmpty()) facts.remove();
	}

	private static void studyTime(Site site, Element main) {
		main.appendElement("h2").text("Study time");
		Element table = main.appendElement("table").addClass("study-time");
		table.appendElement("caption").text("Estimated study time per unit");
		Element head = table.appendElement("thead").appendElement("tr");
		head.appendElement("th").attr("scope", "col").text("Unit");
		head.appendElement("th").attr("scope", "col").text("Study time");
		Element body = table.appendElement("tbody");
		int total = 0;
		for (Unit unit : site.module().units()) {
			int minutes = StudyTime.totalMinutes(unit);
			total += minutes;
			Element row = body.appendElement("tr");
			row.appendElement("th").attr("scope", "row").text(site.numbering().labelOf(unit) + " " + unit.getTitle());
			row.appendElement("td").text(StudyTime.words(minutes));
		}
		Element foot = table.appendElement("tfoot").appendElement("tr");
		foot.appendElement("th").attr("scope", "row").text("Total");
		String declared = site.header().getStudyHours() > 0 ? " (declared: " + StudyTime.words(site.header().getStudyHours() * 60) + ")" : "";
		foot.appendElement("td").text(StudyTime.words(total) + declared);
	}

	private static void contents(Site site, Element main) {
		main.appendElement("h2").text("Contents");
		Element units = main.appendElement("ol").addClass("course-contents");
		for (Unit unit : site.module().units()) {
			Element item = units.appendElement("li").attr("id", unit.getName());
			item.appendElement("span").addClass("contents-unit").text(site.numbering().labelOf(unit) + " " + unit.getTitle());
			Element sessions = item.appendElement("ol");
			for (Session session : unit.getSessions()) {
				sessions.appendElement("li").appendElement("a").attr("href", site.pageOf(session))
						.text(site.numbering().labelOf(session) + " " + session.getTitle());
			}
		}
		main.appendElement("p").appendElement("a").attr("href", Site.SINGLE_PAGE).text("Read the whole course on one page");
	}
}
