package org.coursewright.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coursewright.dsl.loading.ModuleLoader;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --shard I/N}: this run's share of a catalogue, so that N CI jobs split it with no
 * coordination. The modules are put in the order of their codes and dealt out in turn (the
 * first to shard 1, the second to shard 2, …): every job sees the same checkout, so each
 * module goes to exactly one job, and the shares differ by at most one module.
 */
final class ShardOptions {

	private static final Pattern SHARD = Pattern.compile("(\\d+)/(\\d+)");

	@Spec(Spec.Target.MIXEE)
	private CommandSpec spec;

	@Option(names = "--shard", paramLabel = "I/N", description = "only the I-th of N shares of the modules (by module code), for N CI jobs")
	private String shard;

	/** The paths to work on: all of them, or this shard's module folders. */
	List<Path> select(List<Path> paths) {
		if (shard == null) {
			return paths;
		}
		Matcher matcher = SHARD.matcher(shard);
		int index = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
		int count = matcher.matches() ? Integer.parseInt(matcher.group(2)) : 0;
		if (index < 1 || index > count) {
			throw new ParameterException(spec.commandLine(), "--shard takes I/N with 1 <= I <= N, such as 2/4; not '" + shard + "'");
		}
		List<Path> folders;
		try {
			folders = new ArrayList<>(ModuleLoader.moduleFolders(paths));
		} catch (ModuleLoader.BadPathException e) {
			throw new ParameterException(spec.commandLine(), e.getMessage());
		}
		folders.sort(Comparator.comparing(ModuleCodes::of).thenComparing(Path::toString));
		List<Path> share = new ArrayList<>();
		for (int i = index - 1; i < folders.size(); i += count) {
			share.add(folders.get(i));
		}
		share.sort(Comparator.naturalOrder()); // reported in folder order, as without shards
		return share;
	}
}
