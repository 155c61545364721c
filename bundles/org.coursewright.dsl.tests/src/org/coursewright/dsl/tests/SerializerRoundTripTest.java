package org.coursewright.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.coursewright.dsl.course.CourseFile;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.serializer.ISerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model written out by the serializer reads back as the same model, for every construct. */
class SerializerRoundTripTest {

	@TempDir
	Path original;

	@TempDir
	Path copy;

	@Test
	void theExampleModuleSurvivesARoundTrip() {
		ModuleFixture source = ExampleModule.copyInto(original);
		ModuleFixture target = ExampleModule.copyInto(copy);
		ISerializer serializer = CourseLanguage.get(ISerializer.class);
		for (String name : ExampleModule.COURSE_FILES) {
			CourseFile model = source.parsed(name);
			target.file(name, serializer.serialize(model, SaveOptions.newBuilder().format().getOptions()));
		}
		for (String name : ExampleModule.COURSE_FILES) {
			CourseFile before = source.parsed(name);
			CourseFile after = target.parsed(name);
			assertTrue(EcoreUtil.equals(before, after), name + " reads back differently");
		}
	}
}
