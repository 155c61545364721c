package org.coursewright.pack.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import com.adobe.epubcheck.tool.EpubChecker;

/**
 * The example and the module using every construct, packed as an e-book and a course reader by the
 * distribution's command line, then checked by W3C epubcheck and by veraPDF for PDF/UA-1.
 */
class PackConformanceTest {

	private static final Path ROOT = Path.of(System.getProperty("coursewright.root"));
	private static final Path PACKS = Path.of(System.getProperty("coursewright.packs"));

	@BeforeAll
	static void pack() throws Exception {
		pack(ROOT.resolve("examples/leadership-for-learning"), "example");
		pack(ROOT.resolve("bundles/org.coursewright.packs.tests/modules/every-construct"), "every-construct");
		pack(ROOT.resolve("bundles/org.coursewright.packs.tests/modules/every-construct"), "letter", "--page-size", "letter");
		VeraGreenfieldFoundryProvider.initialise();
	}

	private static void pack(Path module, String name, String... options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m",
				"-cp", System.getProperty("coursewright.lib") + File.separator + "*", "org.coursewright.cli.Main", "pack",
				module.toString(), "--format", "epub,pdf", "--force", "-o", PACKS.resolve(name).toString()));
		command.addAll(List.of(options));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertEquals(0, process.waitFor(), output);
	}

	private static Path pack(String folder, String suffix) throws IOException {
		try (var files = Files.list(PACKS.resolve(folder))) {
			return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElseThrow();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "example", "every-construct" })
	void epubcheckFindsNoErrorsAndNoWarnings(String folder) throws IOException {
		// exit 0 with --failonwarnings: no fatal error, no error, no warning (the messages go to the log)
		assertEquals(0, new EpubChecker().run(new String[] { pack(folder, ".epub").toString(), "--failonwarnings" }));
	}

	@ParameterizedTest
	@ValueSource(strings = { "example", "every-construct", "letter" })
	void veraPdfFindsTheReaderPdfUa1Compliant(String folder) throws Exception {
		try (InputStream in = new FileInputStream(pack(folder, "-reader.pdf").toFile());
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFUA_1)) {
			PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
			ValidationResult result = validator.validate(parser);
			List<String> failures = result.getTestAssertions().stream().filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
					.map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + " " + t.getMessage()).distinct().toList();
			assertEquals(List.of(), failures);
			assertEquals(true, result.isCompliant());
		}
	}
}
