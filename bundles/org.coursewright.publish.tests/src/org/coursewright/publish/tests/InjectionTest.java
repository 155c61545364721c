package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.coursewright.publish.site.SiteFiles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile text in every kind of field a module has: the published pages contain no script
 * but the site's own, no event attribute, no unsafe link, and the text still reads as text.
 * The publisher is checked without validation in front of it, so it is safe on its own.
 */
class InjectionTest {

	@TempDir
	Path folder;

	private static final String[] PAYLOADS = {
			"<script>alert(1)</script>",
			"<img src=x onerror=alert(2)>",
			"<a href=\\\"javascript:alert(3)\\\">x</a>",
			"[click](javascript:alert(4))",
			"[click](JaVaScRiPt:alert(5))",
			"![img](javascript:alert(6))",
			"<javascript:alert(7)>",
			"[x](java&#115;cript:alert(8))",
			"<svg onload=alert(9)>",
			"\\\"><script>alert(10)</script>",
			"&lt;script&gt;alert(11)&lt;/script&gt;",
			"<iframe src=https://evil.example></iframe>",
			"[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxMik8L3NjcmlwdD4=)",
			"<style>body{display:none}</style>",
			"&#x3C;script&#x3E;alert(13)&#x3C;/script&#x3E; &broken; &#xZZ;",
	};

	@Test
	void noPayloadInAnyFieldBecomesExecutable() throws Exception {
		for (int i = 0; i < PAYLOADS.length; i++) {
			String p = PAYLOADS[i];
			Path moduleFolder = folder.resolve("m" + i);
			CourseModule module = new ModuleFixture(moduleFolder).file("m.course", module(p)).load().model();
			SiteFiles site = Publisher.render(module, new PublishOptions(moduleFolder.resolve("site"), null, "https://lms.example.org/f/{id}"));
			for (var file : site.all().entrySet()) {
				if (file.getKey().endsWith(".html")) {
					List<String> problems = dangers(Jsoup.parse(new String(file.getValue(), StandardCharsets.UTF_8)));
					assertEquals(List.of(), problems, "payload " + i + " in " + file.getKey());
				}
			}
		}
	}

	@Test
	void markupInTitlesIsShownAsText() throws Exception {
		CourseModule module = new ModuleFixture(folder).file("m.course", module("<b>bold?</b>")).load().model();
		SiteFiles site = Publisher.render(module, new PublishOptions(folder.resolve("site"), null, null));
		Document page = Jsoup.parse(new String(site.all().get("session-1-1.html"), StandardCharsets.UTF_8));
		assertEquals("Activity 1.1 <b>bold?</b>", page.selectFirst(".activity h2").text());
		assertTrue(page.select(".activity h2 b").isEmpty());
	}

	/** One of every field a designer can write, each holding the payload. */
	private static String module(String p) {
		return """
				module INJ1 "%1$s" {
					author "%1$s"
					licence "%1$s"
					language "en"
					description \"""%1$s\"""
					outcome lo1 "%1$s"
				}
				unit u1 "%1$s" {
					session s1 "%1$s" {
						\"""%1$s [@k1] [[a1]] [[t1|%1$s]]\"""
						section sec "%1$s" { \"""%1$s\""" }
						activity a1 "%1$s" {
							allow about 5 minutes serves lo1 instructions \"""%1$s\""" response box
							discussion \"""%1$s\""" tutor note \"""%1$s\"""
							video v1 "%1$s" { url "%1$s" caption "%1$s" captions "%1$s" transcript \"""%1$s\""" }
						}
						forum f1 "%1$s" { allow about 5 minutes question \"""%1$s\""" guidance \"""%1$s\""" readings r1 serves lo1 }
						reading r1 from k1 pages "%1$s" { required why \"""%1$s\""" }
						quote \"""%1$s\""" by "%1$s" cite k1 page "%1$s"
						box case-study "%1$s" { \"""%1$s\""" }
						figure fig "%1$s" { file "%1$s" description \"""%1$s\""" source "%1$s" }
						audio au "%1$s" { file "%1$s" transcript \"""%1$s\""" }
					}
				}
				term t1 "%1$s" \"""%1$s\"""
				book k1 { author "%1$s, %1$s" editor "%1$s" year 2020 title "%1$s" publisher "%1$s" place "%1$s" url "%1$s" doi "%1$s" }
				""".formatted(p);
	}

	private static List<String> dangers(Document page) {
		List<String> found = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			String tag = element.tagName();
			if (tag.equals("script") && !element.attr("src").equals("assets/course.js")) found.add("script element");
			if (List.of("iframe", "object", "embed", "style", "svg", "base", "form").contains(tag)) found.add(tag + " element");
			if (tag.equals("img") && element.attr("src").startsWith("x")) found.add("img from a payload");
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
				if (name.startsWith("on")) found.add("event attribute " + name);
				if ((name.equals("href") || name.equals("src")) && (value.startsWith("javascript:") || value.startsWith("data:")
						|| value.startsWith("vbscript:"))) {
					found.add(name + "=" + attribute.getValue());
				}
			}
		}
		return found;
	}
}
