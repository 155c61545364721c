package org.coursewright.ui.builder;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** A course project: its modules are checked and published by the {@link CourseBuilder}. */
public class CourseNature implements IProjectNature {

	public static final String ID = "org.coursewright.ui.courseNature";

	private IProject project;

	/** Adds the nature (and with it the builder) to a project that does not have it yet. */
	public static void addTo(IProject project) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
			natures[natures.length - 1] = ID;
			description.setNatureIds(natures);
			project.setDescription(description, null);
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		if (Arrays.stream(description.getBuildSpec()).noneMatch(c -> CourseBuilder.ID.equals(c.getBuilderName()))) {
			ICommand command = description.newCommand();
			command.setBuilderName(CourseBuilder.ID);
			ICommand[] commands = Arrays.copyOf(description.getBuildSpec(), description.getBuildSpec().length + 1);
			commands[commands.length - 1] = command;
			description.setBuildSpec(commands);
			project.setDescription(description, null);
		}
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !CourseBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
