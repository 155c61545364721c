package org.coursewright.packs.cc;

import org.coursewright.packs.PackXml;
import org.w3c.dom.Node;

/**
 * A discussion topic file (imsdt 1.1). Moodle makes a forum of it only in exactly this
 * namespace: its name is the title, its description the text.
 */
final class DiscussionTopic {

	private DiscussionTopic() {
	}

	static byte[] of(String title, String html) {
		PackXml topic = new PackXml(CommonCartridge11.DISCUSSION_TOPIC, "topic");
		topic.text(topic.child(topic.root(), "title"), title);
		Node text = topic.child(topic.root(), "text");
		topic.attribute(text, "texttype", "text/html");
		topic.text(text, html);
		return topic.bytes();
	}
}
