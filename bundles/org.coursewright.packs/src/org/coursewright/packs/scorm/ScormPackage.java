package org.coursewright.packs.scorm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Session;
import org.coursewright.packs.Degradation;
import org.coursewright.packs.Pack;
import org.coursewright.packs.PackFormat;
import org.coursewright.packs.PackResources;
import org.coursewright.packs.PackSource;
import org.coursewright.packs.PackZip;
import org.coursewright.packs.TutorNotes;
import org.coursewright.publish.html.Site;

/**
 * A SCORM package (1.2 or 2004 4th Edition): one SCO per session, in unit and session order,
 * each its page as the site shows it inside the LMS's frame with a runtime that reports
 * completion and keeps the learner's responses; the course home, references and glossary as
 * assets. Forum prompts stay blocks in their pages and tutor notes are left out: SCORM has
 * neither forums nor instructor-only content.
 */
public final class ScormPackage implements PackFormat {

	static final String RUNTIME = "assets/scorm.js";
	static final String FRAME_STYLES = "assets/lms-frame.css";

	private final ScormVersion version;

	public ScormPackage(ScormVersion version) {
		this.version = version;
	}

	@Override
	public String id() {
		return version.id();
	}

	@Override
	public String label() {
		return version.label();
	}

	@Override
	public String fileName(String moduleCode) {
		return moduleCode + "-" + version.id() + ".zip";
	}

	@Override
	public Pack make(PackSource source) {
		Site site = source.site();
		Map<String, byte[]> files = source.files().all();
		List<Outline> outline = Outline.of(site, files.containsKey(Site.GLOSSARY));
		List<Outline> launched = Outline.launchable(outline);
		List<String> scos = launched.stream().filter(Outline::sco).map(Outline::page).toList();
		PackZip zip = new PackZip();
		files.forEach((name, content) -> zip.add(name, name.endsWith(".html")
				? LmsFramePage.of(new String(content, StandardCharsets.UTF_8), name, scos.contains(name) ? version : null)
						.getBytes(StandardCharsets.UTF_8)
				: content));
		zip.add(RUNTIME, PackResources.read(ScormPackage.class, "scorm.js"));
		zip.add(FRAME_STYLES, PackResources.read(ScormPackage.class, "lms-frame.css"));

		List<String> pages = launched.stream().map(Outline::page).toList();
		List<String> shared = new ArrayList<>(files.keySet().stream().filter(name -> !pages.contains(name)).toList());
		shared.add(RUNTIME);
		shared.add(FRAME_STYLES);
		shared.sort(null);
		zip.add("imsmanifest.xml", version.manifest(site.moduleCode(), site.header(), outline, shared));
		return new Pack(zip.bytes(), degradations(site));
	}

	private static List<Degradation> degradations(Site site) {
		List<Degradation> degradations = new ArrayList<>();
		for (Session session : site.sessions()) {
			String where = site.numbering().labelOf(session);
			session.eAllContents().forEachRemaining(element -> {
				if (element instanceof ForumPrompt forum) {
					String link = site.forumLink(forum.getName());
					degradations.add(new Degradation("Forum prompt '" + forum.getName() + "' (" + where + ")",
							(link == null ? "a block in the page" : "a block in the page, linking to " + link) + "; SCORM has no forums"));
				} else if (element instanceof Activity activity && TutorNotes.has(activity)) {
					degradations.add(new Degradation("Tutor note of " + site.numbering().labelOf(activity) + " '" + activity.getName() + "' (" + where + ")",
							"left out; SCORM has no instructor-only content"));
				}
			});
		}
		return degradations;
	}
}
