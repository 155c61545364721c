package org.coursewright.publish.references;

import de.undercouch.citeproc.LocaleProvider;

/**
 * Hands citeproc-java the locale a module asked for. For a dialect such as en-GB,
 * citeproc-java 3.5.2 first loads the language's primary dialect (en-US), then merges the
 * asked one into it but drops the merge's result, so en-GB's terms and its
 * punctuation-in-quote="false" never applied: OU Harvard printed "‘…practice,’" where en-GB
 * puts the comma outside the quote. CSL locale files are complete, so answering with the asked
 * dialect for both requests gives what CSL's locale fallback gives.
 */
final class DialectLocales implements LocaleProvider {

	private final String asked;

	DialectLocales(String asked) {
		this.asked = asked;
	}

	@Override
	public String retrieveLocale(String lang) {
		String language = asked.contains("-") ? asked.substring(0, asked.indexOf('-')) : asked;
		String wanted = lang.equals(language) || lang.startsWith(language + "-") ? asked : lang;
		return CslResources.locale(wanted).orElseGet(() -> CslResources.locale(References.DEFAULT_LOCALE).orElseThrow());
	}
}
