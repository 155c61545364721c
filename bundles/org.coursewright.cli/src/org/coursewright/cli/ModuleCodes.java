package org.coursewright.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.coursewright.dsl.loading.ModuleLoader;

/** A module's code read from its header line, without parsing the module: for choosing and naming before loading. */
final class ModuleCodes {

	private static final Pattern MODULE_CODE = Pattern.compile("(?m)^\\s*module\\s+\\^?([A-Za-z_][A-Za-z0-9_-]*)");

	private ModuleCodes() {
	}

	/** The code in the module's header, or its folder's (or adaptation file's) name when none can be read. */
	static String of(Path folder) {
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(ModuleLoader.FILE_EXTENSION)).sorted().toList()) {
					Matcher matcher = MODULE_CODE.matcher(Files.readString(file, StandardCharsets.UTF_8));
					if (matcher.find()) {
						return matcher.group(1);
					}
				}
			} catch (IOException | RuntimeException e) {
				// unreadable: the folder's name stands in, and checking will say what is wrong
			}
		}
		return folder.getFileName().toString();
	}
}
