package org.coursewright.cli;

import java.util.concurrent.Callable;

import org.coursewright.publish.references.CslStyle;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code coursewright style NAME}: prints a CSL style as Coursewright formats references with
 * it, corrections included, so that another CSL processor or a reference manager can be given
 * exactly the same style.
 */
@Command(name = "style", mixinStandardHelpOptions = true,
		description = "Prints a CSL style (apa, the-open-university-harvard, harvard-cite-them-right, chicago-author-date, …) "
				+ "as Coursewright uses it, with its corrections.")
public class StyleCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(paramLabel = "NAME", description = "an official CSL style's name")
	private String name;

	@Override
	public Integer call() {
		CslStyle style = CslStyle.named(name).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
				"no CSL style is called '" + name + "'; try apa, the-open-university-harvard, harvard-cite-them-right or chicago-author-date"));
		spec.commandLine().getOut().print(style.xml());
		spec.commandLine().getOut().flush();
		return CoursewrightCommand.EXIT_OK;
	}
}
