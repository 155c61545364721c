package org.coursewright.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

/**
 * The product's look: the tests run the workbench without the product, so its theme is checked
 * here. A style sheet set alone (applicationCSS) left the colours it names undefined and the
 * product's views black; the product names the Platform's light theme instead (declared by
 * org.eclipse.ui.themes, which the product ships; the test runtime leaves it out, as the
 * editor tests do not run under it yet).
 */
class ProductThemeTest {

	@Test
	void theProductUsesThePlatformsLightThemeNotABareStyleSheet() {
		IConfigurationElement product = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.core.runtime.products"))
				.filter(e -> e.getDeclaringExtension().getUniqueIdentifier().equals("org.coursewright.ui.product")).findFirst().orElseThrow();
		List<IConfigurationElement> properties = Arrays.asList(product.getChildren("property"));
		assertTrue(properties.stream().noneMatch(p -> "applicationCSS".equals(p.getAttribute("name"))), "no bare style sheet");
		String theme = properties.stream().filter(p -> "cssTheme".equals(p.getAttribute("name"))).findFirst().orElseThrow().getAttribute("value");
		assertEquals("org.eclipse.e4.ui.css.theme.e4_default", theme);
	}
}
