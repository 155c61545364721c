package org.coursewright.maven;

import java.nio.file.Path;

import org.apache.maven.plugin.logging.Log;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The problems in the command's JSON results, as Maven log lines with absolute file paths. */
final class ProblemLog {

	private ProblemLog() {
	}

	/** @return the number of errors */
	static int log(JsonObject results, Path base, Log log) {
		int errors = 0;
		for (JsonElement module : results.getAsJsonArray("modules")) {
			for (JsonElement element : module.getAsJsonObject().getAsJsonArray("problems")) {
				JsonObject problem = element.getAsJsonObject();
				String line = base.resolve(problem.get("file").getAsString()).normalize() + ":" + problem.get("line").getAsInt() + ":"
						+ problem.get("column").getAsInt() + ": [" + problem.get("code").getAsString() + "] " + problem.get("message").getAsString();
				if ("error".equals(problem.get("severity").getAsString())) {
					log.error(line);
					errors++;
				} else {
					log.warn(line);
				}
			}
		}
		return errors;
	}
}
