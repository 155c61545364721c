package org.coursewright.publish.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coursewright.dsl.course.GlossaryTerm;
import org.coursewright.dsl.course.Module;
import org.coursewright.dsl.course.Session;
import org.coursewright.dsl.course.Unit;
import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.model.Numbering;
import org.coursewright.publish.references.References;
import org.eclipse.emf.ecore.EObject;
import org.jsoup.nodes.Element;

/**
 * What every page needs to know about the module: its header, numbers, formatted
 * references, and on which page each element lives, so links work across pages.
 */
public final class Site {

	public static final String HOME = "index.html";
	public static final String SINGLE_PAGE = "all.html";
	public static final String REFERENCES = "references.html";
	public static final String GLOSSARY = "glossary.html";
	public static final String REFERENCES_DATA = "references.json";

	private final CourseModule module;
	private final Module header;
	private final Numbering numbering;
	private final References references;
	private final String forumLink;
	private final List<Session> sessions = new ArrayList<>();
	private final Map<EObject, String> pageOf = new IdentityHashMap<>();
	/** The first element with each id, in reading order: what a [[id]] links to, found once for all links. */
	private final Map<String, EObject> byId = new HashMap<>();

	public Site(CourseModule module, References references, String forumLink) {
		this.module = module;
		this.header = module.header().orElseThrow(() -> new IllegalArgumentException("a module without a header cannot be published"));
		this.numbering = Numbering.of(module);
		this.references = references;
		// a link given for this run wins over the one an adaptation sets for its cohort's LMS
		this.forumLink = forumLink != null ? forumLink
				: module.adaptation().map(org.coursewright.dsl.course.Adaptation::getForumLink).orElse(null);
		for (Unit unit : module.units()) {
			pageOf.put(unit, HOME);
			for (Session session : unit.getSessions()) {
				sessions.add(session);
				String page = "session-" + numbering.numberOf(session).replace('.', '-') + ".html";
				pageOf.put(session, page);
				session.eAllContents().forEachRemaining(element -> pageOf.put(element, page));
			}
		}
		module.glossary().forEach(term -> pageOf.put(term, GLOSSARY));
		module.outcomes().forEach(outcome -> pageOf.put(outcome, HOME));
		module.allElements().forEach(element -> {
			String id = idOf(element);
			if (id != null) {
				byId.putIfAbsent(id, element);
			}
		});
	}

	/** The element a cross-reference with this id links to, if any. */
	public Optional<EObject> element(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public CourseModule module() {
		return module;
	}

	public Numbering numbering() {
		return numbering;
	}

	public References references() {
		return references;
	}

	public List<Session> sessions() {
		return sessions;
	}

	public String moduleCode() {
		return header.getCode();
	}

	public String moduleTitle() {
		return header.getTitle();
	}

	public Module header() {
		return header;
	}

	public String language() {
		return header.getLanguage() == null || header.getLanguage().isBlank() ? "en" : header.getLanguage();
	}

	public String pageOf(EObject element) {
		return pageOf.get(element);
	}

	/** The address of an element's anchor as seen from the given page. */
	public String href(EObject element, String fromPage) {
		String page = pageOf.get(element);
		String anchor = element instanceof GlossaryTerm term ? "term-" + term.getName() : idOf(element);
		if (page == null || anchor == null) {
			return null;
		}
		return (page.equals(fromPage) ? "" : page) + "#" + anchor;
	}

	/** The forum address for a prompt, from the per-LMS template ({id} is replaced), or null when none is set. */
	public String forumLink(String promptId) {
		// checked again here, whoever gave it: a link that runs script never reaches a page
		return forumLink == null || forumLink.isBlank() || org.coursewright.dsl.validation.LinkSafety.unsafeScheme(forumLink) != null ? null
				: forumLink.replace("{id}", promptId);
	}

	public static String idOf(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		return feature == null ? null : (String) element.eGet(feature);
	}

	void footer(Element footer) {
		List<String> parts = new ArrayList<>();
		if (!header.getAuthors().isEmpty()) {
			parts.add("By " + String.join(", ", header.getAuthors()) + ".");
		}
		if (header.getLicence() != null) {
			parts.add("Licence: " + header.getLicence() + ".");
		}
		parts.add("Published with Coursewright.");
		footer.appendElement("p").text(String.join(" ", parts));
	}
}
