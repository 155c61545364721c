package org.coursewright.packs;

import java.io.ByteArrayOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A small XML document in one default namespace (other namespaces by prefix), built with the JDK's DOM so that every text
 * a designer wrote is escaped, and written the same way every time.
 */
public final class PackXml {

	private final Document document;
	private final String namespace;

	public PackXml(String namespace, String rootName) {
		this.namespace = namespace;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			document = factory.newDocumentBuilder().newDocument();
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
		document.appendChild(document.createElementNS(namespace, rootName));
	}

	public Node root() {
		return document.getDocumentElement();
	}

	public Node child(Node parent, String name) {
		return child(parent, namespace, name);
	}

	public Node child(Node parent, String childNamespace, String qualifiedName) {
		return parent.appendChild(document.createElementNS(childNamespace, qualifiedName));
	}

	public void attribute(Node element, String name, String value) {
		((Element) element).setAttribute(name, xmlCharacters(value));
	}

	/** An attribute in another namespace, such as "adlcp:scormtype" or "xml:lang". */
	public void attribute(Node element, String attributeNamespace, String qualifiedName, String value) {
		((Element) element).setAttributeNS(attributeNamespace, qualifiedName, xmlCharacters(value));
	}

	public void declare(Node element, String prefix, String uri) {
		((Element) element).setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:" + prefix, uri);
	}

	public void text(Node element, String text) {
		element.appendChild(document.createTextNode(text == null ? "" : xmlCharacters(text)));
	}

	/**
	 * The text with every character XML 1.0 forbids (controls other than tab and line breaks,
	 * unpaired surrogates, U+FFFE and U+FFFF) shown as U+FFFD. A module's text may hold them
	 * (a corrupted .bib, a pasted control character); written as they are, they make the
	 * whole manifest unreadable, and the serializer refuses them.
	 */
	public static String xmlCharacters(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder allowed = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean pairedSurrogate = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
					|| Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
			boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD) || pairedSurrogate;
			if (!ok && allowed == null) {
				allowed = new StringBuilder(text.substring(0, i));
			}
			if (allowed != null) {
				allowed.append(ok ? c : '\uFFFD');
			}
		}
		return allowed == null ? text : allowed.toString();
	}

	/** A child in another namespace holding only text. */
	public Node textChild(Node parent, String childNamespace, String qualifiedName, String text) {
		Node child = child(parent, childNamespace, qualifiedName);
		text(child, text);
		return child;
	}

	public byte[] bytes() {
		try {
			Transformer transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, "yes");
			transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toByteArray();
		} catch (TransformerException e) {
			throw new IllegalStateException(e);
		}
	}
}
