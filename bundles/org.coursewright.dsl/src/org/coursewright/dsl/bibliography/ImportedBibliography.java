package org.coursewright.dsl.bibliography;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.coursewright.dsl.course.Reference;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;

/**
 * A BibTeX or CSL-JSON file read into the module's bibliography. Its entries are
 * {@link Reference}s like those written in the language, addressed by their keys.
 * A file that cannot be read holds no entries and one error, which validation reports
 * at the {@code bibliography} line that imports it.
 */
public class ImportedBibliography extends ResourceImpl {

	/** Far more than any real bibliography: 10,000 full BibTeX entries take about 5 MB. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/**
	 * More works than any module cites: a whole library exported by mistake. Formatting a
	 * reference list costs citeproc-java time that grows faster than the list (2,000 works
	 * take about 3 s, 10,000 over a minute), and each uncited work would be warned about.
	 */
	public static final int MAX_ENTRIES = 2_000;

	public ImportedBibliography(URI uri) {
		super(uri);
	}

	public static boolean isBibTeX(URI uri) {
		return "bib".equalsIgnoreCase(uri.fileExtension());
	}

	public static boolean isCslJson(URI uri) {
		return "json".equalsIgnoreCase(uri.fileExtension());
	}

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		try (Reader reader = new InputStreamReader(inputStream, StandardCharsets.UTF_8)) {
			List<Reference> entries = isBibTeX(getURI()) ? new BibTeXReader().read(reader) : new CslJsonReader().read(reader);
			getContents().addAll(entries);
		} catch (BibliographyFormatException e) {
			getErrors().add(new LoadProblem(e.getMessage(), e.line()));
		}
	}

	@Override
	public String getURIFragment(EObject eObject) {
		return eObject instanceof Reference reference ? reference.getName() : super.getURIFragment(eObject);
	}

	@Override
	public EObject getEObject(String uriFragment) {
		return getContents().stream()
				.filter(e -> e instanceof Reference r && uriFragment.equals(r.getName()))
				.findFirst()
				.orElseGet(() -> super.getEObject(uriFragment));
	}

	/** A problem found while reading the file, with the line the reader stopped at (0 when unknown). */
	public record LoadProblem(String message, int line) implements Diagnostic {
		@Override
		public String getMessage() {
			return message;
		}

		@Override
		public String getLocation() {
			return null;
		}

		@Override
		public int getLine() {
			return line;
		}

		@Override
		public int getColumn() {
			return 0;
		}
	}
}
