package org.coursewright.publish.html;

import java.util.List;

import org.coursewright.dsl.course.Activity;
import org.coursewright.dsl.course.Box;
import org.coursewright.dsl.course.BoxKind;
import org.coursewright.dsl.course.Citation;
import org.coursewright.dsl.course.Figure;
import org.coursewright.dsl.course.ForumPrompt;
import org.coursewright.dsl.course.Locator;
import org.coursewright.dsl.course.LocatorKind;
import org.coursewright.dsl.course.Media;
import org.coursewright.dsl.course.MediaKind;
import org.coursewright.dsl.course.Prose;
import org.coursewright.dsl.course.Quote;
import org.coursewright.dsl.course.Reading;
import org.coursewright.dsl.course.ReadingStatus;
import org.coursewright.dsl.course.RevealKind;
import org.coursewright.dsl.prose.CitationItem;
import org.coursewright.dsl.studytime.StudyTime;
import org.eclipse.emf.ecore.EObject;
import org.jsoup.nodes.Element;

/**
 * One method per kind of element, each writing the HTML a learner sees. Every text from
 * the module goes through {@code text()}, {@code attr()} or the {@link ProseRenderer}:
 * nothing is concatenated into markup. Tutor notes are never written.
 */
public final class BlockRenderer {

	private final Site site;
	private final String page;
	private final ProseRenderer prose;

	public BlockRenderer(Site site, String page) {
		this.site = site;
		this.page = page;
		this.prose = new ProseRenderer(site, page);
	}

	public ProseRenderer prose() {
		return prose;
	}

	/** Writes a block whose heading, if it has one, is at the given level (2 for h2). */
	public void render(EObject block, Element parent, int level) {
		if (block instanceof Prose p) prose.render(p.getText(), parent);
		else if (block instanceof Activity a) activity(a, parent, level);
		else if (block instanceof ForumPrompt f) forum(f, parent, level);
		else if (block instanceof Reading r) reading(r, parent, level);
		else if (block instanceof Quote q) quote(q, parent);
		else if (block instanceof Box b) box(b, parent, level);
		else if (block instanceof Figure f) figure(f, parent);
		else if (block instanceof Media m) media(m, parent);
	}

	private Element titled(EObject element, Element parent, int level, String cssClass, String title) {
		String id = Site.idOf(element);
		Element section = parent.appendElement("section").addClass(cssClass);
		Element heading = section.appendElement("h" + Math.min(level, 6));
		if (id != null) {
			section.attr("id", id);
			heading.attr("id", id + "-title");
			section.attr("aria-labelledby", id + "-title");
		}
		String label = site.numbering().labelOf(element);
		if (label != null) {
			heading.appendElement("span").addClass("element-number").text(label);
			heading.appendText(" ");
		}
		heading.appendText(title == null ? "" : title);
		return section;
	}

	private void activity(Activity activity, Element parent, int level) {
		Element section = titled(activity, parent, level, "activity", activity.getTitle());
		if (activity.getTiming() != null) {
			timing(section, Timings.allow(activity.getTiming()));
		}
		prose.render(activity.getInstructions(), section);
		activity.getMedia().forEach(media -> render(media, section, level + 1));
		if (activity.getResponse() != null) {
			String boxId = activity.getName() + "-response";
			Element response = section.appendElement("div").addClass("response");
			response.appendElement("label").attr("for", boxId).text("Your response");
			response.appendElement("textarea").attr("id", boxId).attr("name", boxId)
					.attr("rows", switch (activity.getResponse().getSize()) { case SMALL -> "3"; case LARGE -> "12"; default -> "6"; })
					.attr("data-storage-key", "coursewright:" + site.moduleCode() + ":" + activity.getName());
			response.appendElement("p").addClass("response-note").attr("aria-live", "polite")
					.text("What you type is kept in this browser only.");
		}
		if (activity.getReveal() != null) {
			Element details = section.appendElement("details").addClass("reveal");
			details.appendElement("summary").text(activity.getReveal().getKind() == RevealKind.ANSWER ? "Answer" : "Discussion");
			prose.render(activity.getReveal().getText(), details);
		}
	}

	private void forum(ForumPrompt forum, Element parent, int level) {
		Element section = titled(forum, parent, level, "forum-prompt", forum.getTitle());
		if (forum.getTiming() != null) {
			timing(section, Timings.allow(forum.getTiming()));
		}
		if (forum.getQuestion() != null) {
			Element question = section.appendElement("div").addClass("question");
			question.appendElement("p").addClass("block-label").text("The question");
			prose.render(forum.getQuestion(), question);
		}
		if (forum.getGuidance() != null) {
			Element guidance = section.appendElement("div").addClass("guidance");
			guidance.appendElement("p").addClass("block-label").text("What to discuss");
			prose.render(forum.getGuidance(), guidance);
		}
		Element expectations = section.appendElement("ul").addClass("expectations");
		if (forum.getExpectedWords() > 0) {
			expectations.appendElement("li").text("Write about " + forum.getExpectedWords() + " words.");
		} else if (forum.getMostWords() > 0) {
			expectations.appendElement("li").text("Write " + forum.getFewestWords() + "\u2013" + forum.getMostWords() + " words.");
		}
		if (forum.getPostBy() != null && !forum.getPostBy().isBlank()) {
			expectations.appendElement("li").text("Post by " + forum.getPostBy().strip() + ".");
		}
		if (forum.getExpectedReplies() > 0) {
			expectations.appendElement("li").text("Reply to " + (forum.isAtLeast() ? "at least " : "") + forum.getExpectedReplies()
					+ (forum.getExpectedReplies() == 1 ? " other learner." : " other learners."));
		}
		for (Reading reading : forum.getReadings()) {
			Element item = expectations.appendElement("li");
			item.appendText("Draw on ");
			String href = site.href(reading, page);
			Element link = href == null ? item.appendElement("span") : item.appendElement("a").attr("href", href);
			link.text(site.numbering().labelOf(reading) == null ? reading.getName() : site.numbering().labelOf(reading));
			item.appendText(".");
		}
		if (expectations.children().isEmpty()) {
			expectations.remove();
		}
		String link = site.forumLink(forum.getName());
		if (link != null) {
			section.appendElement("p").appendElement("a").addClass("forum-link").attr("href", link).text("Go to the forum");
		}
	}

	private void reading(Reading reading, Element parent, int level) {
		Element section = titled(reading, parent, level, "reading", "");
		if (reading.getSource() != null && !reading.getSource().eIsProxy()) {
			Element reference = section.appendElement("p").addClass("reference");
			reference.html(site.references().entry(reading.getSource().getName()));
		}
		StringBuilder facts = new StringBuilder();
		if (reading.getLocator() != null) {
			facts.append(locator(reading.getLocator())).append(". ");
		}
		facts.append(switch (reading.getStatus() == null ? ReadingStatus.REQUIRED : reading.getStatus()) {
			case OPTIONAL -> "Optional reading.";
			case FURTHER -> "Further reading.";
			default -> "Required reading.";
		});
		if (reading.getTiming() != null) {
			facts.append(' ').append(Timings.allow(reading.getTiming())).append('.');
		}
		section.appendElement("p").addClass("reading-facts").text(facts.toString());
		prose.render(reading.getWhy(), section);
	}

	private static String locator(Locator locator) {
		String value = locator.getValue().replace('-', '\u2013');
		return switch (locator.getKind()) {
			case PAGE -> "Page " + value;
			case PAGES -> "Pages " + value;
			case CHAPTER -> "Chapter " + value;
			case SECTION -> "Section " + value;
			case PARAGRAPH -> "Paragraph " + value;
		};
	}

	private void quote(Quote quote, Element parent) {
		Element figure = parent.appendElement("figure").addClass("quote");
		if (quote.getName() != null) {
			figure.attr("id", quote.getName());
		}
		prose.render(quote.getText(), figure.appendElement("blockquote"));
		if (quote.getAttribution() != null || quote.getCitation() != null) {
			Element caption = figure.appendElement("figcaption");
			if (quote.getAttribution() != null) {
				caption.appendText(quote.getAttribution());
			}
			citation(quote.getCitation(), caption, quote.getAttribution() != null);
		}
	}

	private void citation(Citation citation, Element parent, boolean separate) {
		if (citation == null || citation.getSource() == null || citation.getSource().eIsProxy()) {
			return;
		}
		if (separate) {
			parent.appendText(" ");
		}
		String key = citation.getSource().getName();
		Locator locator = citation.getLocator();
		CitationItem item = new CitationItem(key, locator == null ? null : locatorLabel(locator.getKind()),
				locator == null ? null : locator.getValue(), 0, 0);
		CitationLink.append(parent, site, page, List.of(item), false);
	}

	/** The CSL label of a locator written in the language ("pages 12-14" is a page locator). */
	private static String locatorLabel(LocatorKind kind) {
		return switch (kind) {
			case CHAPTER -> "chapter";
			case SECTION -> "section";
			case PARAGRAPH -> "paragraph";
			case PAGE, PAGES -> "page";
		};
	}

	private void box(Box box, Element parent, int level) {
		String kind = switch (box.getKind()) {
			case PAUSE_FOR_THOUGHT -> "Pause for thought";
			case KEY_POINTS -> "Key points";
			case CASE_STUDY -> "Case study";
			case ACCOUNT_OF_PRACTICE -> "Account of practice";
			case EXAMPLE -> "Example";
		};
		String title = box.getTitle() == null ? kind : kind + ": " + box.getTitle();
		Element section = titled(box, parent, level, "box", title);
		section.addClass("box-" + kindClass(box.getKind()));
		box.getContents().forEach(content -> render(content, section, level + 1));
	}

	private static String kindClass(BoxKind kind) {
		return kind.getLiteral();
	}

	private void figure(Figure figure, Element parent) {
		// The description sits beside the figure: a figure element may hold only its caption and content.
		Element wrapper = parent.appendElement("div").addClass("figure").attr("id", figure.getName());
		Element element = wrapper.appendElement("figure");
		if (figure.getFile() != null) {
			element.appendElement("img").attr("src", address(figure.getFile()))
					.attr("alt", figure.getDescription() == null ? "" : figure.getDescription().strip());
		}
		Element caption = element.appendElement("figcaption");
		caption.appendElement("span").addClass("element-number").text(site.numbering().labelOf(figure));
		caption.appendText(" " + figure.getCaption());
		if (figure.getSource() != null) {
			caption.appendText(" Source: " + figure.getSource());
		}
		citation(figure.getCitation(), caption, true);
		if (figure.getDescription() != null) {
			Element details = wrapper.appendElement("details").addClass("description");
			details.appendElement("summary").text("Description of " + site.numbering().labelOf(figure));
			prose.render(figure.getDescription(), details);
		}
	}

	private void media(Media media, Element parent) {
		Element wrapper = parent.appendElement("div").addClass("media").attr("id", media.getName());
		Element element = wrapper.appendElement("figure");
		String source = media.getFile() != null ? address(media.getFile()) : media.getUrl();
		String label = site.numbering().labelOf(media);
		if (source != null) {
			Element player = element.appendElement(media.getKind() == MediaKind.AUDIO ? "audio" : "video")
					.attr("controls", true).attr("preload", "metadata").attr("src", source);
			if (media.getCaptionsFile() != null) {
				player.appendElement("track").attr("kind", "captions").attr("src", address(media.getCaptionsFile()))
						.attr("srclang", site.language()).attr("label", "Captions");
			}
			player.appendText("Your browser cannot play this " + (media.getKind() == MediaKind.AUDIO ? "audio" : "video") + ".");
		}
		Element caption = element.appendElement("figcaption");
		caption.appendElement("span").addClass("element-number").text(label);
		caption.appendText(" " + media.getTitle());
		if (media.getLength() != null) {
			caption.appendText(" (" + StudyTime.words(StudyTime.minutes(media.getLength())) + ")");
		}
		if (media.getCaption() != null) {
			caption.appendText(". " + media.getCaption());
		}
		if (media.getTranscript() != null) {
			Element details = wrapper.appendElement("details").addClass("transcript");
			details.appendElement("summary").text("Transcript: " + media.getTitle());
			prose.render(media.getTranscript(), details);
		}
	}

	private static void timing(Element section, String text) {
		Element timing = section.appendElement("p").addClass("timing");
		timing.appendElement("span").addClass("timing-label").text("Timing:");
		timing.appendText(" " + text);
	}

	/**
	 * A file of the module as a relative address: each segment percent-encoded (UTF-8), so that
	 * a name with spaces, '#', '?' or accents ("a figure ü.svg") is one valid address.
	 */
	static String address(String path) {
		StringBuilder address = new StringBuilder();
		for (String segment : path.replace('\\', '/').split("/", -1)) {
			if (!address.isEmpty()) {
				address.append('/');
			}
			address.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
		}
		return address.toString();
	}
}
