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
 * Resolves every schema a schema imports or includes to the file of that name beside it, so
 * that validation never reaches for the network (the CC schemas import the W3C's xml.xsd by
 * its web address).
 */
final class LocalSchemas implements LSResourceResolver {

	private final URL base;

	LocalSchemas(URL base) {
		this.base = base;
	}

	@Override
	public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
		if (systemId == null) {
			return null;
		}
		String name = systemId.substring(systemId.lastIndexOf('/') + 1);
		try {
			URL local = new URI(baseUri != null && !systemId.contains("://") ? baseUri : base.toString()).resolve(name).toURL();
			return new Input(publicId, local.toString());
		} catch (URISyntaxException | IOException | IllegalArgumentException e) {
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
