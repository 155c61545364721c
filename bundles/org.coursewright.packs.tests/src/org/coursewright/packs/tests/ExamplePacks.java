package org.coursewright.packs.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.packs.Packer;
import org.coursewright.publish.PublishOptions;

/** The example module packed, and what the tests read of packs: entries, texts, schemas, digests. */
final class ExamplePacks {

	private ExamplePacks() {
	}

	static List<Packer.Written> pack(Path folder, String... formats) throws Exception {
		return pack(ExampleModule.folder(), folder, formats);
	}

	/** The module that uses every construct of the language, beside the tests. */
	static Path everyConstruct() {
		return Path.of(System.getProperty("coursewright.root"), "bundles", "org.coursewright.packs.tests", "modules", "every-construct");
	}

	static List<Packer.Written> pack(Path moduleFolder, Path folder, String... formats) throws Exception {
		CourseModule module = new ModuleFixture(moduleFolder).load().model();
		return Packer.pack(module, new PublishOptions(folder.resolve("unused"), null, null, null),
				Arrays.stream(formats).map(id -> Packer.format(id).orElseThrow()).toList(), folder);
	}

	/** Validates a document against a schema of the test bundle's schemas folder, read locally. */
	static void validate(String schema, byte[] xml) throws Exception {
		URL location = ExamplePacks.class.getResource("/schemas/" + schema);
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setResourceResolver(new LocalSchemas(location));
		if (schema.startsWith("scorm12/")) {
			// IMS Metadata 1.2.1 (imsmd_rootv1p2p1.xsd) breaks XML Schema's Unique Particle Attribution
			// rule itself (an element beside a wildcard that allows it too); the JDK's Xerces checks
			// schemas fully and refuses it. Instances are validated all the same without that check.
			factory.setFeature("http://apache.org/xml/features/validation/schema-full-checking", false);
		}
		Validator validator = factory.newSchema(location).newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (InputStream in = new ByteArrayInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
				files.put(entry.getName(), entries.readAllBytes());
			}
		}
		return files;
	}

	static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
