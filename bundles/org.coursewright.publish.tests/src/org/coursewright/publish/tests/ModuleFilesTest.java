package org.coursewright.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;

import org.coursewright.dsl.model.CourseModule;
import org.coursewright.dsl.tests.ModuleFixture;
import org.coursewright.publish.PublishException;
import org.coursewright.publish.PublishOptions;
import org.coursewright.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only files that really are inside the module folder are copied into a site. */
class ModuleFilesTest {

	@TempDir
	Path folder;

	@Test
	void anImageThatLinksOutOfTheModuleIsNeverCopied() throws Exception {
		Path module = Files.createDirectories(folder.resolve("module"));
		Path secret = Files.writeString(folder.resolve("secret.txt"), "not for learners");
		CourseModule model = new ModuleFixture(module).file("m.course", ModuleFixture.HEADER
				+ "unit u \"U\" { session s \"S\" { figure a \"A\" { file \"images/a.png\" description \"D\" } } }\n").load().model();
		Files.createDirectories(module.resolve("images"));
		Files.createSymbolicLink(module.resolve("images/a.png"), secret);
		Path site = folder.resolve("site");

		PublishException refused = assertThrows(PublishException.class,
				() -> Publisher.publish(model, new PublishOptions(site, null, null, null)));
		assertEquals("'images/a.png' is a symbolic link; only files inside the module folder are published, not what links point at.",
				refused.getMessage());
		assertFalse(Files.exists(site), "nothing written");
	}
}
