package org.coursewright.dsl.validation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What in an SVG figure would run as script. A page shows a figure as an image, where script
 * never runs; but the site also serves the file itself, and a learner who opens it (or an LMS
 * that inlines it) would run whatever it holds, with the site's origin. So an SVG is published
 * only when it holds no script element, no event attribute, no embedded document and no link
 * to a script address.
 */
final class ActiveSvg {

	/** Larger SVG files are not read for this check; they are refused, as no figure needs that size. */
	static final long MAX_BYTES = 10L * 1024 * 1024;

	private ActiveSvg() {
	}

	/**
	 * What was found in a file with this content: the editor checks on every pause in typing, and
	 * reading a drawing costs far less than parsing it. Keyed by content, not by size and time of
	 * change, which a drawing replaced within the clock's resolution would share with the old one.
	 */
	private record Checked(byte[] digest, Optional<String> finding) {
	}

	/** Enough for the figures of the modules open at once; forgotten all together when full. */
	private static final int REMEMBERED = 256;
	private static final Map<Path, Checked> CHECKED = new ConcurrentHashMap<>();

	/** What makes the file unsafe to publish, or empty when it is a plain drawing. */
	static Optional<String> in(Path file) {
		byte[] content;
		try {
			if (Files.size(file) > MAX_BYTES) {
				return Optional.of("is over 10 MB");
			}
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			return Optional.of("cannot be read (" + e.getMessage() + ")");
		}
		byte[] digest = sha256(content);
		Checked known = CHECKED.get(file);
		if (known != null && MessageDigest.isEqual(known.digest(), digest)) {
			return known.finding();
		}
		Optional<String> finding = parsed(content);
		if (CHECKED.size() >= REMEMBERED) {
			CHECKED.clear();
		}
		CHECKED.put(file, new Checked(digest, finding));
		return finding;
	}

	private static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	private static Optional<String> parsed(byte[] content) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			// a drawing needs no DTD: none is read, so no entity can expand or reach out
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			var builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			return active(builder.parse(new ByteArrayInputStream(content)).getDocumentElement());
		} catch (SAXException e) {
			return Optional.of("is not well-formed XML (" + e.getMessage() + ")");
		} catch (IOException | ParserConfigurationException e) {
			return Optional.of("cannot be read (" + e.getMessage() + ")");
		}
	}

	private static Optional<String> active(Element element) {
		String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
		switch (name.toLowerCase(Locale.ROOT)) {
			case "script", "foreignobject", "iframe", "embed", "object", "handler", "listener" -> {
				return Optional.of("holds a <" + name + "> element");
			}
			default -> {
			}
		}
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Node attribute = attributes.item(i);
			String attributeName = (attribute.getLocalName() == null ? attribute.getNodeName() : attribute.getLocalName()).toLowerCase(Locale.ROOT);
			String value = attribute.getNodeValue().replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
			if (attributeName.startsWith("on")) {
				return Optional.of("has an event attribute (" + attribute.getNodeName() + ")");
			}
			if ((attributeName.equals("href") || attributeName.equals("values") || attributeName.equals("to") || attributeName.equals("from"))
					&& (value.contains("javascript:") || value.contains("vbscript:") || value.startsWith("data:"))) {
				return Optional.of("links to a script address (" + attribute.getNodeName() + ")");
			}
		}
		NodeList children = element.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			if (children.item(i) instanceof Element child) {
				Optional<String> found = active(child);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}
}
