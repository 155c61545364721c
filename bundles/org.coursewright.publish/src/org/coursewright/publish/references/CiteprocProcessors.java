package org.coursewright.publish.references;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

/**
 * citeproc-java processors kept from one module to the next. Making a processor reads the
 * style and its locale into citeproc-java's model, which took a quarter of the time of
 * publishing a catalogue of modules; a processor's works come from its item provider and are
 * forgotten on {@link CSL#reset()}, so one processor serves any number of modules, one at a
 * time: it is lent to a module's {@link References} for one operation and given back.
 */
final class CiteprocProcessors {

	/** Enough for the modules published at once, one per core, with a few to spare. */
	private static final int IDLE_PER_KIND = 4;

	private record Kind(String styleXml, String locale) {
	}

	private static final Map<Kind, Deque<Lent>> IDLE = new HashMap<>();

	private CiteprocProcessors() {
	}

	/** A processor lent to one module's references, reading that module's works. */
	static final class Lent {

		private final Kind kind;
		private final CSL csl;
		private final Works works;

		private Lent(Kind kind, CSL csl, Works works) {
			this.kind = kind;
			this.csl = csl;
			this.works = works;
		}

		CSL csl() {
			return csl;
		}
	}

	/** A processor for this copy of a style and this locale, reading its works from {@code works}. */
	static Lent borrow(String styleXml, String locale, ItemDataProvider works) {
		Kind kind = new Kind(styleXml, locale);
		Lent lent;
		synchronized (IDLE) {
			Deque<Lent> idle = IDLE.get(kind);
			lent = idle == null ? null : idle.poll();
		}
		if (lent == null) {
			Works switchable = new Works();
			try {
				CSL csl = new CSL(switchable, new DialectLocales(locale), null, styleXml, locale);
				lent = new Lent(kind, csl, switchable);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		lent.works.of = works;
		lent.csl.reset();
		lent.csl.setOutputFormat("html");
		return lent;
	}

	static void giveBack(Lent lent) {
		lent.csl.reset(); // forgets the module's citations and works
		lent.works.of = null;
		synchronized (IDLE) {
			Deque<Lent> idle = IDLE.computeIfAbsent(lent.kind, k -> new ArrayDeque<>());
			if (idle.size() < IDLE_PER_KIND) {
				idle.push(lent);
			}
		}
	}

	/** The works of whichever module the processor is lent to. */
	private static final class Works implements ItemDataProvider {

		private ItemDataProvider of;

		@Override
		public CSLItemData retrieveItem(String id) {
			return of.retrieveItem(id);
		}

		@Override
		public Collection<String> getIds() {
			return of.getIds();
		}
	}
}
