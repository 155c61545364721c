package org.coursewright.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coursewright.adaptations.changes.ModuleChange;
import org.coursewright.adaptations.changes.ModuleComparison;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;
import org.coursewright.dsl.loading.Problem;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code coursewright diff OLD NEW [--json]}: what changed between two versions of a module, in the module's own terms. */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = "Says what changed between two versions of a module (two module folders, such as two checkouts): each element"
				+ " added, removed, moved or changed field by field, named with the numbers learners see, and the study time.")
public class DiffCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "OLD", description = "the older version's module folder")
	private Path older;

	@Parameters(index = "1", paramLabel = "NEW", description = "the newer version's module folder")
	private Path newer;

	@Option(names = "--json", description = "print the changes as JSON, for tools")
	private boolean json;

	@Override
	public Integer call() {
		LoadedModule before = load(older);
		LoadedModule after = load(newer);
		if (!checked(before) | !checked(after)) {
			return CoursewrightCommand.EXIT_ERRORS;
		}
		List<ModuleChange> changes = ModuleComparison.of(before.model(), after.model());
		if (json) {
			spec.commandLine().getOut().print(json(changes));
		} else if (changes.isEmpty()) {
			spec.commandLine().getOut().println("No changes.");
		} else {
			changes.forEach(change -> spec.commandLine().getOut().println(change));
		}
		return CoursewrightCommand.EXIT_OK;
	}

	private LoadedModule load(Path folder) {
		try {
			List<LoadedModule> modules = Language.moduleLoader().load(List.of(folder));
			if (modules.size() != 1) {
				throw new CommandLine.ParameterException(spec.commandLine(),
						"'" + folder + "' holds " + modules.size() + " modules; diff compares one module folder with another.");
			}
			return modules.get(0);
		} catch (ModuleLoader.BadPathException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
		}
	}

	/** Prints a version's problems; false (and why) when it has errors, as a module with errors cannot be compared. */
	private boolean checked(LoadedModule module) {
		Path base = Path.of("").toAbsolutePath();
		module.problems().forEach(p -> spec.commandLine().getOut().println(p.format(base)));
		if (module.hasErrors() || module.model() == null || module.model().header().isEmpty()) {
			spec.commandLine().getErr().println("coursewright: " + Problem.shown(base, module.folder()) + " not compared: fix the errors above first.");
			return false;
		}
		return true;
	}

	private String json(List<ModuleChange> changes) {
		JsonObject root = new JsonObject();
		root.addProperty("old", older.toString());
		root.addProperty("new", newer.toString());
		JsonArray list = new JsonArray();
		for (ModuleChange change : changes) {
			JsonObject item = new JsonObject();
			item.addProperty("id", change.id());
			item.addProperty("element", change.element());
			item.addProperty("kind", change.kind().name().toLowerCase(java.util.Locale.ROOT));
			item.addProperty("movedTo", change.movedTo());
			JsonArray details = new JsonArray();
			change.details().forEach(details::add);
			item.add("details", details);
			item.addProperty("text", change.toString());
			list.add(item);
		}
		root.add("changes", list);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(root) + "\n";
	}
}
