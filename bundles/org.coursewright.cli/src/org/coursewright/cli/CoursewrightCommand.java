package org.coursewright.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code coursewright} command and its subcommands. */
@Command(name = "coursewright", mixinStandardHelpOptions = true, version = CoursewrightCommand.VERSION,
		description = "Checks, publishes and packs course modules written in the Coursewright language.",
		subcommands = { ValidateCommand.class, PublishCommand.class, PackCommand.class, ServeCommand.class, DiffCommand.class, AdaptCommand.class, FormatCommand.class,
				StyleCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:no errors", "1:the module has errors", "2:bad usage (unknown option, missing path)",
				"3:Coursewright itself failed" })
public class CoursewrightCommand implements Runnable {

	public static final String VERSION = "Coursewright 0.1.0";

	public static final int EXIT_OK = 0;
	public static final int EXIT_ERRORS = 1;
	public static final int EXIT_USAGE = 2;
	public static final int EXIT_INTERNAL = 3;

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "Name a command, such as: coursewright validate PATH");
	}

	/**
	 * What to do when the memory Java was given runs out: a module far larger than a real one
	 * (the reference: a 10 MB module needs about 4 GB to publish), or a small machine.
	 */
	static String outOfMemory() {
		return "coursewright: stopped: this needs more memory than Java was given (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
				+ " MB); nothing was written. Give it more with COURSEWRIGHT_JAVA_OPTIONS=-Xmx6g (or -Xmx with more), or split the"
				+ " module into smaller ones.";
	}

	/** Runs the command line and returns its exit code; the streams make it testable in-process. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
		PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
		// Xtext logs what it catches (a failing check, a bad URI) with a stack trace, and its
		// log4j.properties gives its loggers a level of their own; a user gets diagnostics
		// instead, so the one appender they all write to is replaced by one that drops everything
		org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
		root.removeAllAppenders();
		root.addAppender(new org.apache.log4j.varia.NullAppender());
		root.setLevel(org.apache.log4j.Level.OFF);
		CommandLine commandLine = new CommandLine(new CoursewrightCommand())
				.setOut(outWriter)
				.setErr(errWriter)
				.setExecutionExceptionHandler((e, cmd, parsed) -> {
					cmd.getErr().println("coursewright: internal error: " + e + ". Please report it.");
					return EXIT_INTERNAL;
				});
		int exit;
		try {
			exit = commandLine.execute(args);
		} catch (OutOfMemoryError e) {
			errWriter.println(outOfMemory());
			exit = EXIT_INTERNAL;
		} catch (Error e) { // picocli hands on errors such as a missing class; the user still gets one line
			errWriter.println("coursewright: internal error: " + e + ". Please report it.");
			exit = EXIT_INTERNAL;
		}
		outWriter.flush();
		errWriter.flush();
		return exit;
	}
}
