package org.coursewright.packs.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * Resolves every schema a schema imports or includes to a local file, so that validation never
 * reaches for the network (the CC and SCORM 2004 schemas import the W3C's xml.xsd by its web
 * address).
 */
final class LocalSchemas implements LSResourceResolver {

	private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

	private final URL base;

	LocalSchemas(URL base) {
		this.base = base;
	}

	@Override
	public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
		if (systemId == null) {
			return null;
		}
		try {
			if (XML_NAMESPACE.equals(namespace)) {
				// SCORM 1.2's ims_xml.xsd binds the default namespace to the XML namespace, which
				// Namespaces in XML 1.0 (section 3) forbids and today's parsers refuse; the W3C's own
				// xml.xsd declares the same xml:lang and xml:base and is read in its place
				return new Input(publicId, base.toURI().resolve("xml.xsd").toString());
			}
			// a web address (the W3C's xml.xsd) is read from the file of that name beside the schemas;
			// a relative one ("common/dataTypes.xsd") from beside the schema that names it
			URI local = systemId.contains("://") || baseUri == null
					? base.toURI().resolve(systemId.substring(systemId.lastIndexOf('/') + 1))
					: new URI(baseUri).resolve(systemId);
			return new Input(publicId, local.toString());
		} catch (URISyntaxException | IllegalArgumentException e) {
			return null;
		}
	}

	/** A schema read from its local address. */
	private record Input(String publicId, String systemId) implements LSInput {

		@Override
		public Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(Reader characterStream) {
		}

		@Override
		public InputStream getByteStream() {
			try {
				return new URI(systemId).toURL().openStream();
			} catch (IOException | URISyntaxException e) {
				return null;
			}
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public String getSystemId() {
			return systemId;
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return publicId;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}
	}
}
