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

	/** What is kept of a checked module: its problems and its summary (null when nothing could be read), not its model. */
	record Checked(Path folder, List<Problem> problems, ModuleSummary summary) {

		static Checked of(LoadedModule module) {
			return new Checked(module.folder(), module.problems(), module.model() == null ? null : ModuleSummary.of(module.model()));
		}

		boolean hasErrors() {
			return problems.stream().anyMatch(Problem::isError);
		}
	}

	private final List<Checked> modules;
	private final Path base;

	ValidationReport(List<Checked> modules, Path base) {
		this.modules = modules;
		this.base = base;
	}

	boolean hasErrors() {
		return modules.stream().anyMatch(Checked::hasErrors);
	}

	String toText() {
		StringBuilder text = new StringBuilder();
		for (Checked module : modules) {
			module.problems().forEach(p -> text.append(p.format(base)).append('\n'));
		}
		for (Checked module : modules) {
			long errors = module.problems().stream().filter(Problem::isError).count();
			long warnings = module.problems().size() - errors;
			String summary = module.summary() == null ? "(nothing could be read)" : module.summary().describe();
			text.append(summary).append(" — ").append(count(errors, "error")).append(", ").append(count(warnings, "warning"))
					.append('\n');
		}
		return text.toString();
	}

	String toJson() {
		JsonObject root = new JsonObject();
		JsonArray modulesJson = new JsonArray();
		for (Checked module : modules) {
			JsonObject moduleJson = new JsonObject();
			moduleJson.addProperty("folder", shown(module.folder()));
			moduleJson.add("problems", ProblemJson.of(module.problems(), base));
			if (module.summary() != null) {
				ModuleSummary summary = module.summary();
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
