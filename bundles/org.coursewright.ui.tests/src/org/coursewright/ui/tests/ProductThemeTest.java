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
 * product's views black; the product names a theme the theme engine knows instead.
 */
class ProductThemeTest {

	@Test
	void theProductUsesALightThemeTheThemeEngineKnowsOnLinux() {
		IConfigurationElement product = Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.core.runtime.products"))
				.filter(e -> e.getDeclaringExtension().getUniqueIdentifier().equals("org.coursewright.ui.product")).findFirst().orElseThrow();
		List<IConfigurationElement> properties = Arrays.asList(product.getChildren("property"));
		assertTrue(properties.stream().noneMatch(p -> "applicationCSS".equals(p.getAttribute("name"))), "no bare style sheet");
		String theme = properties.stream().filter(p -> "cssTheme".equals(p.getAttribute("name"))).findFirst().orElseThrow().getAttribute("value");
		assertEquals("org.eclipse.e4.ui.css.theme.e4_default", theme);
		assertTrue(Arrays.stream(Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.e4.ui.css.swt.theme"))
				.anyMatch(e -> theme.equals(e.getAttribute("id")) && "linux".equals(e.getAttribute("os"))), "the theme exists for Linux");
	}
}
