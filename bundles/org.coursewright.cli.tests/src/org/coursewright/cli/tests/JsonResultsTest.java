package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.tests.ExampleModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code publish --json} and {@code pack --json}: each module's problems and what was written, for tools. */
class JsonResultsTest {

	@TempDir
	Path folder;

	@Test
	void publishAndPackSayWhatTheyWroteForEachModule() {
		Path catalogue = folder.resolve("catalogue");
		ExampleModule.copyInto(catalogue.resolve("a-example"));
		new ModuleFixture(catalogue.resolve("b-broken")).file("m.course", ModuleFixture.HEADER + "unit u \"U\" { session s \"S\" { \"[@nobody]\" } }\n");

		CommandRun published = CommandRun.of("publish", "--json", catalogue.toString());
		assertEquals(1, published.exit());
		JsonObject json = JsonParser.parseString(published.out()).getAsJsonObject();
		JsonArray modules = json.getAsJsonArray("modules");
		JsonObject example = modules.get(0).getAsJsonObject();
		assertEquals("EDL710", example.get("code").getAsString());
		assertEquals(catalogue.resolve("a-example/site").toString(), example.getAsJsonObject("done").get("site").getAsString());
		assertEquals(10, example.getAsJsonObject("done").get("pages").getAsInt());
		JsonObject broken = modules.get(1).getAsJsonObject();
		assertTrue(broken.get("done").isJsonNull());
		assertEquals(catalogue.resolve("b-broken") + " not published: fix the errors above first.", broken.get("refused").getAsString());
		assertEquals("unknown-citation", broken.getAsJsonArray("problems").get(0).getAsJsonObject().get("code").getAsString());
		assertEquals(1, json.get("errors").getAsInt());

		CommandRun packed = CommandRun.of("pack", "--json", "--format", "cc,site", catalogue.resolve("a-example").toString());
		assertEquals(0, packed.exit(), packed.err());
		JsonArray packs = JsonParser.parseString(packed.out()).getAsJsonObject().getAsJsonArray("modules").get(0).getAsJsonObject()
				.getAsJsonObject("done").getAsJsonArray("packs");
		assertEquals(List.of("cc", "site"), packs.asList().stream().map(p -> p.getAsJsonObject().get("format").getAsString()).toList());
		assertEquals(catalogue.resolve("a-example/packs/EDL710-cc11.imscc").toString(), packs.get(0).getAsJsonObject().get("file").getAsString());
		assertEquals("Study time (12 hours): said in the description; the LOM of a CC 1.1 manifest has no typical learning time",
				packs.get(0).getAsJsonObject().getAsJsonArray("degradations").get(0).getAsString());
	}
}
