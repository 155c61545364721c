package org.coursewright.cli;

import java.nio.file.Path;
import java.util.List;

import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.Problem;
import org.coursewright.dsl.model.ModuleSummary;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** What {@code validate} prints: problems in file order, then one summary line per module. */
final class ValidationReport {

	private final List<LoadedModule> modules;
	private final Path base;

	ValidationReport(List<LoadedModule> modules, Path base) {
		this.modules = modules;
		this.base = base;
	}

	boolean hasErrors() {
		return modules.stream().anyMatch(LoadedModule::hasErrors);
	}

	String toText() {
		StringBuilder text = new StringBuilder();
		for (LoadedModule module : modules) {
			module.problems().forEach(p -> text.append(p.format(base)).append('\n'));
		}
		for (LoadedModule module : modules) {
			long errors = module.problems().stream().filter(Problem::isError).count();
			long warnings = module.problems().size() - errors;
			String summary = module.model() == null ? "(nothing could be read)" : ModuleSummary.of(module.model()).describe();
			text.append(summary).append(" — ").append(count(errors, "error")).append(", ").append(count(warnings, "warning"))
					.append('\n');
		}
		return text.toString();
	}

	String toJson() {
		JsonObject root = new JsonObject();
		JsonArray modulesJson = new JsonArray();
		for (LoadedModule module : modules) {
			JsonObject moduleJson = new JsonObject();
			moduleJson.addProperty("folder", shown(module.folder()));
			JsonArray problems = new JsonArray();
			for (Problem problem : module.problems()) {
				JsonObject p = new JsonObject();
				p.addProperty("file", shown(problem.file()));
				p.addProperty("line", problem.line());
				p.addProperty("column", problem.column());
				p.addProperty("severity", problem.severity().label());
				p.addProperty("code", problem.code());
				p.addProperty("message", problem.message());
				problems.add(p);
			}
			moduleJson.add("problems", problems);
			if (module.model() != null) {
				ModuleSummary summary = ModuleSummary.of(module.model());
				JsonObject s = new JsonObject();
				s.addProperty("code", summary.code());
				s.addProperty("units", summary.units());
				s.addProperty("sessions", summary.sessions());
				s.addProperty("activities", summary.activities());
				s.addProperty("forumPrompts", summary.forumPrompts());
				s.addProperty("readings", summary.readings());
				s.addProperty("references", summary.references());
				s.addProperty("studyMinutes", summary.studyMinutes());
				if (summary.declaredMinutes() >= 0) {
					s.addProperty("declaredMinutes", summary.declaredMinutes());
				}
				moduleJson.add("summary", s);
			}
			modulesJson.add(moduleJson);
		}
		root.add("modules", modulesJson);
		root.addProperty("errors", modules.stream().flatMap(m -> m.problems().stream()).filter(Problem::isError).count());
		root.addProperty("warnings", modules.stream().flatMap(m -> m.problems().stream()).filter(p -> !p.isError()).count());
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
	}

	private String shown(Path path) {
		return Problem.shown(base, path).toString();
	}

	private static String count(long n, String what) {
		return n + " " + what + (n == 1 ? "" : "s");
	}
}
