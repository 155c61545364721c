package org.coursewright.packs.reader;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

/**
 * A site page's content made fit for reading away from the web, the same for an e-book and for print:
 * response boxes become a prompt to write in one's notes (there is nowhere to type), answers and
 * discussions are taken out to be printed later with links both ways, and every other disclosure
 * (a figure's description, anything else folded away) is shown open, since a reading system or a page
 * may not unfold it. Transcripts are left to the format: inline in an e-book, an appendix in print.
 */
public final class ReaderAdaptation {

	/** What a learner is asked to do where the site offers a box to type in. */
	public static final String RESPONSE_PROMPT = "Write your answer in your notes.";

	private ReaderAdaptation() {
	}

	/** Adapts {@code content} in place and returns the answers taken out of it, in reading order. */
	public static List<MovedAnswer> adapt(Element content) {
		for (Element response : content.select("div.response")) {
			response.replaceWith(new Element("p").addClass("response-prompt").text(RESPONSE_PROMPT));
		}
		List<MovedAnswer> answers = new ArrayList<>();
		for (Element reveal : content.select("details.reveal")) {
			Element activity = reveal.closest("section.activity");
			if (activity == null) {
				openDisclosure(reveal);
				continue;
			}
			MovedAnswer answer = moved(reveal, activity);
			answers.add(answer);
			Element link = new Element("p").addClass("answer-link");
			link.appendElement("a").attr("href", "#" + answer.id()).text(answer.kind() + (answer.kind().equals("Answer") ? " to " : " of ") + answer.activityLabel());
			reveal.replaceWith(link);
		}
		for (Element disclosure : content.select("details:not(.transcript)")) {
			openDisclosure(disclosure);
		}
		content.select("[tabindex]").removeAttr("tabindex");
		return answers;
	}

	private static MovedAnswer moved(Element reveal, Element activity) {
		Element heading = activity.selectFirst("h1, h2, h3, h4, h5, h6");
		Element number = heading == null ? null : heading.selectFirst(".element-number");
		String label = number == null ? "the activity" : number.text();
		String title = heading == null ? "" : heading.text().substring(number == null ? 0 : number.text().length()).strip();
		Element summary = reveal.selectFirst("summary");
		String kind = summary == null ? "Answer" : summary.text();
		if (summary != null) {
			summary.remove();
		}
		Element content = new Element("div").addClass("answer-content");
		content.appendChildren(new ArrayList<>(reveal.childNodes()));
		return new MovedAnswer(kind, activity.id(), label, title, content);
	}

	/** A disclosure shown open: its summary becomes a label above what it folded away. */
	public static Element openDisclosure(Element details) {
		Element open = new Element("div");
		details.classNames().forEach(open::addClass);
		Element summary = details.selectFirst("summary");
		if (summary != null) {
			open.appendElement("p").addClass("block-label").appendChildren(new ArrayList<>(summary.childNodes()));
			summary.remove();
		}
		open.appendChildren(new ArrayList<>(details.childNodes()));
		details.replaceWith(open);
		return open;
	}

	/**
	 * The answers and discussions of a session or unit, each with a link back to its activity.
	 *
	 * @param level the level of the section's heading; each answer's heading is one below
	 */
	public static Element answersSection(List<MovedAnswer> answers, String id, String title, int level) {
		Element section = new Element("section").addClass("answers").attr("id", id).attr("aria-labelledby", id + "-title");
		section.appendElement("h" + level).attr("id", id + "-title").text(title);
		for (MovedAnswer answer : answers) {
			Element entry = section.appendElement("section").addClass("answer").attr("id", answer.id());
			Element heading = entry.appendElement("h" + Math.min(6, level + 1));
			heading.appendElement("span").addClass("element-number").text(answer.kind());
			heading.appendText(" " + answer.activityLabel() + (answer.activityTitle().isEmpty() ? "" : " " + answer.activityTitle()));
			entry.appendChild(answer.content());
			entry.appendElement("p").addClass("back-link").appendElement("a").attr("href", "#" + answer.activityId())
					.text("Back to " + answer.activityLabel());
		}
		return section;
	}
}
