package org.coursewright.packs.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.coursewright.packs.ReproducibleTime;
import org.coursewright.publish.PublishException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Lays the reader's document out as a tagged PDF (PDF/UA-1) with openhtmltopdf: fonts embedded,
 * the document's language and title, the outline from its bookmarks. The module's images are read
 * from its site files in memory under a scheme of their own; nothing else is fetched.
 */
final class PdfRendering {

	private static final String SCHEME = "coursewright-site";
	private static final String BASE = SCHEME + ":/";
	/** The families the style sheet names, and their files in the DejaVu fonts bundle. */
	private static final String[][] FONTS = { { "DejaVu Sans", "DejaVuSans" }, { "DejaVu Sans Mono", "DejaVuSansMono" } };
	private static final String FONT_FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

	private PdfRendering() {
	}

	static byte[] pdf(Document reader, Map<String, byte[]> files) throws PublishException {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfUaAccessibility(true);
		builder.withProducer("Coursewright");
		for (String[] family : FONTS) {
			font(builder, family, "", 400, FontStyle.NORMAL);
			font(builder, family, "-Bold", 700, FontStyle.NORMAL);
			font(builder, family, "-Oblique", 400, FontStyle.ITALIC);
			font(builder, family, "-BoldOblique", 700, FontStyle.ITALIC);
		}
		builder.useSVGDrawer(new JsvgDrawer());
		builder.useUriResolver((base, uri) -> uri.contains(":") ? uri : BASE + uri);
		builder.useProtocolsStreamImplementation(uri -> siteFile(files, uri), SCHEME);
		builder.useExternalResourceAccessControl((uri, type) -> uri.startsWith(BASE),
				com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withW3cDocument(new W3CDom().fromJsoup(reader), BASE);
		try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
			renderer.createPDFWithoutClosing();
			PDDocument pdf = renderer.getPdfDocument();
			fixTimesAndIdentifier(pdf, reader.outerHtml());
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			pdf.save(out);
			return out.toByteArray();
		} catch (IOException | RuntimeException e) {
			throw new PublishException("The course reader could not be laid out as a PDF: " + e.getMessage());
		}
	}

	private static void font(PdfRendererBuilder builder, String[] family, String face, int weight, FontStyle style) {
		String resource = FONT_FOLDER + family[1] + face + ".ttf";
		builder.useFont(() -> PdfRendering.class.getResourceAsStream(resource), family[0], weight, style, true);
	}

	private static FSStream siteFile(Map<String, byte[]> files, String uri) {
		byte[] content = files.get(uri.substring(BASE.length()));
		return new FSStream() {
			@Override
			public InputStream getStream() {
				return content == null ? null : new ByteArrayInputStream(content);
			}

			@Override
			public Reader getReader() {
				return content == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
			}
		};
	}

	/**
	 * The same module gives the same bytes: the dates are the reproducible time (not the clock), and the
	 * file identifier, which PDFBox would otherwise make from the clock, is a digest of the content.
	 */
	private static void fixTimesAndIdentifier(PDDocument pdf, String content) {
		Calendar time = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
		time.setTimeInMillis(ReproducibleTime.instant().toEpochMilli());
		pdf.getDocumentInformation().setCreationDate(time);
		pdf.getDocumentInformation().setModificationDate(time);
		byte[] id = Arrays.copyOf(sha256(content), 16);
		COSArray identifier = new COSArray();
		identifier.add(new COSString(id));
		identifier.add(new COSString(id));
		pdf.getDocument().getTrailer().setItem(COSName.ID, identifier);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
