package org.coursewright.publish.references;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.coursewright.dsl.course.Reference;
import org.coursewright.dsl.prose.CitationItem;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.csl.CSLCitation;
import de.undercouch.citeproc.csl.CSLCitationBuilder;
import de.undercouch.citeproc.csl.CSLCitationItem;
import de.undercouch.citeproc.csl.CSLCitationItemBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLLabel;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/**
 * A module's bibliography formatted in one CSL style by citeproc-java: in-text citations
 * and reference list entries, as HTML fragments. Nothing here formats a reference by hand.
 * <p>
 * Reading a style and formatting the whole list takes citeproc-java a good part of a page's
 * time, and the workbench asks for the same bibliography on every save, hover and proposal;
 * so the last few are kept and shared. Each citation is formatted on its own, so sharing
 * never changes what a page says.
 */
public final class References {

	public static final String DEFAULT_STYLE = "apa";
	public static final String DEFAULT_LOCALE = "en-US";

	/** Enough for the modules open side by side in a workbench. */
	private static final int KEPT = 4;

	/** What the formatted text depends on: the style, the language and every item's data. */
	private record Inputs(String style, String locale, List<CSLItemData> items) {
	}

	private static final Map<Inputs, References> RECENT = new LinkedHashMap<>(KEPT, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Inputs, References> eldest) {
			return size() > KEPT;
		}
	};

	private final CslStyle style;
	private final String locale;
	private final ItemForms forms;
	private final TitleCasePrepositions titleCase;
	/**
	 * The processors lent to this module for the operation in progress: one per locator label
	 * (citeproc-java cannot tell labels apart itself), "" for none; and one for each other copy
	 * of the style: "#citation-order", "#et-al-marked". Given back when the operation ends.
	 */
	private final Map<String, CiteprocProcessors.Lent> processors = new HashMap<>();
	private int operationsInProgress;
	private final Map<String, CSLItemData> byKey = new LinkedHashMap<>();
	/** The order the style gives works cited together as written; the same works are often cited together again. */
	private final Map<List<String>, List<String>> citationOrders = new HashMap<>();
	private List<ReferenceEntry> allEntries;

	private References(CslStyle style, String locale, ItemForms forms, Collection<CSLItemData> items) {
		this.style = style;
		this.locale = locale;
		this.forms = forms;
		this.titleCase = TitleCasePrepositions.forStyle(style);
		items.forEach(item -> byKey.putIfAbsent(item.getId(), item));
	}

	/**
	 * @param style a CSL style name such as "apa", "harvard-cite-them-right" or "chicago-author-date"
	 * @param language a locale such as "en-GB"; styles fall back to en-US when there is no such locale
	 */
	public static References of(Collection<Reference> references, String style, String language) throws UnknownStyleException {
		CslStyle cslStyle = CslStyle.named(style).orElseThrow(() -> new UnknownStyleException(style));
		String locale = language != null && CslResources.locale(language).isPresent() ? language : DEFAULT_LOCALE;
		List<CSLItemData> items = references.stream().map(CslItems::of).toList();
		Inputs inputs = new Inputs(style, locale, items);
		synchronized (RECENT) {
			References known = RECENT.get(inputs);
			if (known != null) {
				return known;
			}
		}
		References made = make(cslStyle, locale, items);
		synchronized (RECENT) {
			RECENT.putIfAbsent(inputs, made);
		}
		return made;
	}

	private static References make(CslStyle style, String locale, List<CSLItemData> items) {
		References references = new References(style, locale, new ItemForms(items), items);
		if (style.printsOrdinal("edition")) {
			OrdinalEditions.of(locale).assign(references.forms);
		}
		if (style.citationSays("disambiguate-add-year-suffix", "true")) {
			references.withProcessors(() -> YearSuffixes.assign(references.processor(null), references.forms));
		}
		// Chicago's "primary-name" also gives the first author's initials (its names are initialised)
		if ((style.citationSays("givenname-disambiguation-rule", "primary-name-with-initials")
				|| style.citationSays("givenname-disambiguation-rule", "primary-name"))
				&& style.citationSays("disambiguate-add-givenname", "true")) {
			FirstAuthorInitials.assign(references.forms);
		}
		// the module's own items stay without ordinals and letters: the CSL-JSON export is the bibliography as written
		return references;
	}

	/** The processor for citations whose locator has this label (null: none, and for the reference list). */
	private CSL processor(String locatorLabel) {
		return processor(locatorLabel == null ? "" : locatorLabel, () -> style.forCiteprocJava(locatorLabel));
	}

	/** A citeproc-java processor of this module's works, writing HTML, for one copy of the style. */
	private CSL processor(String use, Supplier<String> styleXml) {
		if (operationsInProgress == 0) {
			throw new IllegalStateException("processors are lent for an operation: call withProcessors");
		}
		return processors.computeIfAbsent(use, u -> CiteprocProcessors.borrow(styleXml.get(), locale, forms)).csl();
	}

	/** Runs one operation with processors lent to this module, and gives them back when the outermost one ends. */
	private <T> T withProcessors(Supplier<T> operation) {
		operationsInProgress++;
		try {
			return operation.get();
		} finally {
			if (--operationsInProgress == 0) {
				processors.values().forEach(CiteprocProcessors::giveBack);
				processors.clear();
			}
		}
	}

	private void withProcessors(Runnable operation) {
		withProcessors(() -> {
			operation.run();
			return null;
		});
	}

	public boolean has(String key) {
		return byKey.containsKey(key);
	}

	/** "(MacBeath &amp; Dempster, 2009, p. 42)" as safe HTML, for one or more cited works. */
	public String citation(List<CitationItem> items) {
		return cluster(items).html();
	}

	/** A citation of one or more works, each work formatted on its own so that each can link to its entry. */
	public synchronized CitationCluster cluster(List<CitationItem> items) {
		return withProcessors(() -> formatCluster(items));
	}

	private CitationCluster formatCluster(List<CitationItem> items) {
		List<CiteGroups.Cite> cites = new ArrayList<>();
		List<CitationItem> ordered = inStyleOrder(items.stream().filter(i -> has(i.key())).toList());
		// works are grouped under names they share, so a citation of one work has nothing to group
		boolean mayGroup = style.groupsCites() && ordered.size() > 1;
		for (CitationItem item : ordered) {
			CSLCitationItem cslItem = cslItem(item);
			CSL csl = processor(cslItem.getLabel() == null ? null : cslItem.getLabel().toString());
			forms.citing(true);
			String printed = print(csl, cslItem);
			Optional<String> names = mayGroup ? namesPrinted(csl, cslItem, printed) : Optional.empty();
			cites.add(new CiteGroups.Cite(item.key(), printed, names));
		}
		List<CitationCluster.CitedWork> works = CiteGroups.group(cites, style.sortsCitedWorks()).stream()
				.map(cite -> new CitationCluster.CitedWork(cite.key(), CslHtml.safe(titleCase.mend(cite.text(), forms.listed(cite.key()))), cite.namesShown()))
				.toList();
		return new CitationCluster(style.citationLayout(), works);
	}

	private static String print(CSL csl, CSLCitationItem cslItem) {
		// citeproc-java keeps every citation made; forgetting them keeps a shared formatter small
		csl.reset();
		return csl.makeCitation(new CSLCitationBuilder(cslItem).build()).get(0).getText();
	}

	/** The names a citation of one work starts with, as printed, if it starts with them (no prefix, not a title). */
	private Optional<String> namesPrinted(CSL csl, CSLCitationItem cslItem, String printed) {
		CSLItemData form = forms.current(cslItem.getId());
		CSLItemDataBuilder marked = new CSLItemDataBuilder(form);
		if (form.getAuthor() != null && form.getAuthor().length > 0) {
			marked.author(PrintedPart.markName());
		} else if (form.getEditor() != null && form.getEditor().length > 0) {
			marked.editor(PrintedPart.markName());
		} else {
			return Optional.empty();
		}
		String withMark = forms.with(marked.build(), () -> print(csl, cslItem));
		return withMark.startsWith(PrintedPart.MARK) ? PrintedPart.inPlaceOf(printed, withMark) : Optional.empty();
	}

	/**
	 * The works of one citation in the order the style sorts them (APA 7 §8.12: as in the
	 * reference list; Cite Them Right: oldest first). citeproc-java 3.5.2 keeps the order
	 * they were written in, so the cited works are listed with the style's citation sort.
	 */
	private List<CitationItem> inStyleOrder(List<CitationItem> items) {
		if (!style.sortsCitedWorks() || items.size() < 2) {
			return items;
		}
		List<String> ordered = citationOrders.computeIfAbsent(items.stream().map(CitationItem::key).distinct().toList(), written -> {
			CSL csl = processor("#citation-order", style::forCiteprocJavaInCitationOrder);
			forms.citing(true);
			forms.numberAsWritten(written);
			csl.reset();
			csl.registerCitationItems(written);
			List<String> order = ListedEntries.of(csl, written).stream().map(ReferenceEntry::key).toList();
			forms.numberAsWritten(List.of());
			return order;
		});
		return items.stream().sorted(Comparator.comparingInt(item -> ordered.indexOf(item.key()))).toList();
	}

	/** The cited works as a CSL-JSON array of citation items, as CSL processors take them. */
	public String citationData(List<CitationItem> items) {
		StringJsonBuilderFactory json = new StringJsonBuilderFactory();
		return "[" + String.join(",", items.stream().filter(i -> has(i.key()))
				.map(i -> (String) cslItem(i).toJson(json.createJsonBuilder())).toList()) + "]";
	}

	/**
	 * "MacBeath and Dempster (2009)": the author–date citation turned around for running
	 * text. CSL 1.0 has no narrative form, so the parenthetical one is rearranged.
	 */
	public String narrative(CitationItem item) {
		return CslHtml.safe(NarrativeCitation.from(citation(List.of(item))));
	}

	/** The formatted entry of one work, as safe HTML without the surrounding entry element. */
	public String entry(String key) {
		return bibliography().stream().filter(e -> e.key().equals(key)).map(ReferenceEntry::html).findFirst().orElse("");
	}

	/**
	 * Entries for the given keys, in the style's order (alphabetical for author–date styles).
	 * Every list is cut from the whole bibliography, formatted once, so an entry reads the
	 * same (down to "2010a") on every page.
	 */
	public List<ReferenceEntry> bibliography(Collection<String> keys) {
		Set<String> wanted = Set.copyOf(keys);
		return bibliography().stream().filter(entry -> wanted.contains(entry.key())).toList();
	}

	/** All entries of the module's bibliography. */
	public synchronized List<ReferenceEntry> bibliography() {
		if (allEntries == null) {
			allEntries = withProcessors(() -> format(List.copyOf(byKey.keySet())));
		}
		return allEntries;
	}

	private List<ReferenceEntry> format(List<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		Optional<EtAlUseLast> etAlUseLast = style.etAlUseLast();
		CSL csl = etAlUseLast.isPresent() ? processor("#et-al-marked", style::forCiteprocJavaWithEtAlMarked) : processor(null);
		forms.citing(false);
		csl.reset();
		csl.registerCitationItems(keys);
		List<ReferenceEntry> entries = ListedEntries.of(csl, keys);
		if (etAlUseLast.isPresent()) {
			entries = entries.stream().map(entry -> withLastNames(entry, etAlUseLast.get(), csl)).toList();
		}
		return entries.stream().map(e -> new ReferenceEntry(e.key(), CslHtml.safe(titleCase.mend(unwrap(e.html()), forms.listed(e.key()))))).toList();
	}

	/** The entry with "… " and the last name where its name lists were shortened; see {@link EtAlUseLast}. */
	private ReferenceEntry withLastNames(ReferenceEntry entry, EtAlUseLast etAlUseLast, CSL marked) {
		CSLItemData item = forms.listed(entry.key());
		if (!etAlUseLast.shortens(item)) {
			return entry;
		}
		// the markers would be confused with the same characters in the work's own data
		Optional<String> completed = holdsMarkers(item) ? Optional.empty() : etAlUseLast.complete(entry.html(), item, copy -> alone(marked, copy));
		// should a last name not be found, the entry stays as citeproc-java prints it, with "et al."
		return new ReferenceEntry(entry.key(), completed.orElseGet(() -> alone(processor(null), item)));
	}

	private static boolean holdsMarkers(CSLItemData item) {
		String data = (String) item.toJson(new StringJsonBuilderFactory().createJsonBuilder());
		return data.contains(EtAlUseLast.ET_AL_MARK) || data.contains(PrintedPart.MARK);
	}

	/** The reference list entry of this form of a work, formatted on its own. */
	private String alone(CSL csl, CSLItemData form) {
		return forms.with(form, () -> {
			csl.reset();
			csl.registerCitationItems(List.of(form.getId()));
			return csl.makeBibliography().getEntries()[0];
		});
	}

	/** The bibliography as CSL-JSON, the format reference managers such as Zotero import. */
	public String cslJson() {
		StringJsonBuilderFactory json = new StringJsonBuilderFactory();
		List<String> items = byKey.values().stream().map(item -> (String) item.toJson(json.createJsonBuilder())).toList();
		return "[\n" + String.join(",\n", items) + "\n]\n";
	}

	private CSLCitationItem cslItem(CitationItem item) {
		CSLCitationItemBuilder builder = new CSLCitationItemBuilder(item.key());
		if (item.locator() != null) {
			builder.locator(item.locator()).label(labelOf(item.locatorLabel()));
		}
		String prefix = item.original() != null ? SecondarySources.prefix(style.name(), item.original()) : item.prefix();
		if (prefix != null) {
			builder.prefix(prefix);
		}
		if (item.suffix() != null) {
			builder.suffix(item.suffix());
		}
		return builder.build();
	}

	private static CSLLabel labelOf(String label) {
		return switch (label == null ? "page" : label) {
			case "chapter" -> CSLLabel.CHAPTER;
			case "section" -> CSLLabel.SECTION;
			case "paragraph" -> CSLLabel.PARAGRAPH;
			default -> CSLLabel.PAGE;
		};
	}

	/** citeproc wraps each entry in a div with class csl-entry; the page supplies its own element. */
	private static String unwrap(String entry) {
		String trimmed = entry.strip();
		if (trimmed.startsWith("<div class=\"csl-entry\">") && trimmed.endsWith("</div>")) {
			return trimmed.substring("<div class=\"csl-entry\">".length(), trimmed.length() - "</div>".length()).strip();
		}
		return trimmed;
	}
}
