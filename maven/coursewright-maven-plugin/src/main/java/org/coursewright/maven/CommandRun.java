package org.coursewright.maven;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of the command line in a process of its own, in the project's folder, on the JDK
 * Maven runs on (when it is 21 or newer; otherwise the launcher finds one): its exit code, its
 * standard output (the JSON results) and its error lines, handed on as they come.
 */
record CommandRun(int exit, String out) {

	static CommandRun of(Path launcher, Path workingFolder, List<String> arguments, Consumer<String> errorLine) throws IOException {
		List<String> command = new ArrayList<>();
		command.add("bash"); // a zip keeps no file modes: the launcher is read by bash, not executed
		command.add(launcher.toString());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
		if (Runtime.version().feature() >= 21) {
			builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		}
		Process process = builder.start();
		process.getOutputStream().close();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Thread outReader = Thread.ofVirtual().start(() -> copy(process.getInputStream(), out));
		try (var err = new java.io.BufferedReader(new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
			err.lines().forEach(errorLine);
		}
		try {
			int exit = process.waitFor();
			outReader.join();
			return new CommandRun(exit, out.toString(StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", e);
		}
	}

	private static void copy(InputStream in, ByteArrayOutputStream out) {
		try (in) {
			in.transferTo(out);
		} catch (IOException e) {
			// the process ended; what it wrote is in out
		}
	}
}
