package org.coursewright.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Checks the modules: every problem in the log, errors fail the build. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractCoursewrightMojo {

	@Override
	protected List<String> command() {
		return new ArrayList<>(List.of("validate"));
	}
}
