package org.coursewright.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Singleton;

/**
 * Converts the language's texts, locators and keys between their written and model forms.
 * One for the language: the converters are found by reading the whole grammar, which Guice
 * would otherwise repeat for every file parsed ({@code @Singleton} is not inherited from
 * {@link DefaultTerminalConverters}).
 */
@Singleton
public class CourseValueConverters extends DefaultTerminalConverters {

	@ValueConverter(rule = "Text")
	public IValueConverter<String> Text() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				if (string == null) {
					return null;
				}
				if (string.startsWith(TextBlock.DELIMITER)) {
					return TextBlock.fromToken(string).value();
				}
				return STRING().toValue(string, node);
			}

			@Override
			public String toString(String value) {
				if (value.indexOf('\n') < 0) {
					return STRING().toString(value);
				}
				try {
					return TextBlock.toToken(value);
				} catch (IllegalArgumentException e) {
					throw new ValueConverterException(e.getMessage(), null, e);
				}
			}
		};
	}

	/** "32-52" may be written bare; anything else ("32–52", "xii") is quoted. */
	@ValueConverter(rule = "NumberText")
	public IValueConverter<String> NumberText() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				if (string != null && string.startsWith("\"")) {
					return STRING().toValue(string, node);
				}
				return string;
			}

			@Override
			public String toString(String value) {
				return value.matches("[0-9]+(-[0-9]+)?") ? value : STRING().toString(value);
			}
		};
	}

	/**
	 * An id may be any word, the language's own words included ({@code unit assessment}), so
	 * it never needs the {@code ^} escape; one written with it loses it.
	 */
	@ValueConverter(rule = "ValidId")
	public IValueConverter<String> ValidId() {
		return new IValueConverter<>() {
			@Override
			public String toValue(String string, INode node) {
				return string != null && string.startsWith("^") ? string.substring(1) : string;
			}

			@Override
			public String toString(String value) {
				if (value == null || !value.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
					throw new ValueConverterException("'" + value + "' is not an id: use letters, digits, _ and -, starting with a letter", null, null);
				}
				return value;
			}
		};
	}

	/** A key is written like an id. */
	@ValueConverter(rule = "Key")
	public IValueConverter<String> Key() {
		return ValidId();
	}
}
