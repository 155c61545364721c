package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@code --junit FILE}: one test case per module, a failure per error, as CI servers read it. */
class JUnitReportTest {

	@TempDir
	Path folder;

	@Test
	void everyCommandReportsEachModuleAsATestCaseAndEachErrorAsAFailure() throws Exception {
		Path catalogue = folder.resolve("catalogue");
		ExampleModule.copyInto(catalogue.resolve("a-example"));
		new ModuleFixture(catalogue.resolve("b-broken")).file("m.course", ModuleFixture.HEADER_WITH_OUTCOME
				+ "unit u \"U\" { session s \"S\" {\n\tactivity a \"A <&>\" { serves lo1 allow about 5 minutes }\n\t\"See [@nobody].\"\n} }\n");
		for (String command : List.of("validate", "publish", "pack")) {
			Path report = folder.resolve("reports/" + command + ".xml");
			CommandRun run = CommandRun.of(command, catalogue.toString(), "--junit", report.toString());
			assertEquals(1, run.exit(), run.err());
			Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile());
			Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
			assertEquals("coursewright " + command, suite.getAttribute("name"));
			assertEquals("2", suite.getAttribute("tests"));
			assertEquals("1", suite.getAttribute("failures"));
			NodeList cases = xml.getElementsByTagName("testcase");
			assertEquals(catalogue.resolve("a-example") + "", ((Element) cases.item(0)).getAttribute("file"));
			assertEquals("EDL710 (" + catalogue.resolve("a-example") + ")", ((Element) cases.item(0)).getAttribute("name"));
			assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
			Element broken = (Element) cases.item(1);
			assertEquals("T100 (" + catalogue.resolve("b-broken") + ")", broken.getAttribute("name"));
			List<String> failures = new ArrayList<>();
			NodeList failed = broken.getElementsByTagName("failure");
			for (int i = 0; i < failed.getLength(); i++) {
				Element failure = (Element) failed.item(i);
				failures.add(failure.getAttribute("type") + " | " + failure.getAttribute("message"));
			}
			assertEquals(List.of("unknown-citation | " + catalogue.resolve("b-broken/m.course") + ":6:8: No bibliography entry has the key"
					+ " 'nobody'. Add it to the bibliography or check the spelling."), failures, command);
		}
	}
}
