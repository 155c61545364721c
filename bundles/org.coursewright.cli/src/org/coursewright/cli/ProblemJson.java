package org.coursewright.cli;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.Problem;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Problems as the JSON of every command's {@code --json}: file, line, column, severity, code, message. */
final class ProblemJson {

	private ProblemJson() {
	}

	static JsonArray of(List<Problem> problems, Path base) {
		JsonArray array = new JsonArray();
		for (Problem problem : problems) {
			JsonObject p = new JsonObject();
			p.addProperty("file", Problem.shown(base, problem.file()).toString());
			p.addProperty("line", problem.line());
			p.addProperty("column", problem.column());
			p.addProperty("severity", problem.severity().label());
			p.addProperty("code", problem.code());
			p.addProperty("message", problem.message());
			array.add(p);
		}
		return array;
	}
}
