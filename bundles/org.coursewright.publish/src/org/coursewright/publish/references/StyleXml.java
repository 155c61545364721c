package org.coursewright.publish.references;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** A CSL style or locale as a DOM, for the few rewrites Coursewright applies when it loads one. */
final class StyleXml {

	static final String CSL_NAMESPACE = "http://purl.org/net/xbiblio/csl";

	private StyleXml() {
	}

	static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new IllegalStateException("A CSL file shipped with Coursewright cannot be read", e);
		}
	}

	static String serialize(Document document) {
		try {
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toString();
		} catch (TransformerException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The CSL elements of a name below a node, in document order, as a list that edits do not disturb. */
	static List<Element> elements(Node root, String name) {
		NodeList found = root instanceof Document document ? document.getElementsByTagNameNS(CSL_NAMESPACE, name)
				: ((Element) root).getElementsByTagNameNS(CSL_NAMESPACE, name);
		List<Element> elements = new ArrayList<>(found.getLength());
		for (int i = 0; i < found.getLength(); i++) {
			elements.add((Element) found.item(i));
		}
		return elements;
	}

	static List<Element> children(Element parent, String name) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && name.equals(element.getLocalName())) {
				children.add(element);
			}
		}
		return children;
	}

	static boolean hasElementChildren(Element element) {
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element) {
				return true;
			}
		}
		return false;
	}
}
