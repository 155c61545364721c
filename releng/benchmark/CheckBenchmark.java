import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.coursewright.dsl.CourseStandaloneSetup;
import org.coursewright.dsl.loading.LoadedModule;
import org.coursewright.dsl.loading.ModuleLoader;

import com.google.inject.Injector;

/**
 * How checking grows with a module's size and number of files, in one warm process: for each
 * module folder given, the median time to load and check the whole module, per 1,000 lines,
 * and the editor's check after a keystroke (one file's text changed, the module loaded and
 * that file checked, as the workbench does when the designer pauses).
 * Run by releng/benchmark/check-benchmark.sh, which builds the modules.
 * Usage: java -cp "CLASSPATH" CheckBenchmark.java RUNS FOLDER...
 */
public class CheckBenchmark {

	public static void main(String[] args) throws Exception {
		int runs = Integer.parseInt(args[0]);
		Injector injector = new CourseStandaloneSetup().createInjectorAndDoEMFRegistration();
		ModuleLoader loader = injector.getInstance(ModuleLoader.class);
		List<Path> folders = Arrays.stream(args).skip(1).map(Path::of).toList();
		// Warm up on every module first, so that no size is measured while the JIT compiles.
		for (int i = 0; i < 3; i++) {
			for (Path folder : folders) {
				check(loader, folder);
			}
		}
		System.out.printf("%-28s %7s %6s %12s %14s %16s%n", "module", "lines", "files", "check (ms)", "ms per 1,000", "keystroke (ms)");
		for (Path folder : folders) {
			long[] whole = new long[runs];
			long[] keystroke = new long[runs];
			Path edited = largestFile(folder);
			String text = Files.readString(edited);
			for (int i = 0; i < runs; i++) {
				whole[i] = timed(() -> check(loader, folder));
				// the designer typed one letter into a word of the largest file's prose
				String typed = text.replaceFirst(" the ", " thex ");
				keystroke[i] = timed(() -> loader.loadEdited(edited, typed));
			}
			int lines = lines(folder);
			double median = median(whole) / 1e6;
			System.out.printf("%-28s %7d %6d %12.1f %14.2f %16.1f%n", folder.getFileName(), lines, courseFiles(folder).size(), median,
					median * 1000 / lines, median(keystroke) / 1e6);
		}
	}

	private static void check(ModuleLoader loader, Path folder) {
		try {
			List<LoadedModule> modules = loader.load(List.of(folder));
			if (modules.stream().anyMatch(LoadedModule::hasErrors)) {
				throw new IllegalStateException(folder + " has errors: the benchmark measures modules that check cleanly");
			}
		} catch (ModuleLoader.BadPathException e) {
			throw new IllegalArgumentException(e.getMessage());
		}
	}

	private static long timed(Runnable work) {
		long started = System.nanoTime();
		work.run();
		return System.nanoTime() - started;
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static List<Path> courseFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.toString().endsWith(ModuleLoader.FILE_EXTENSION)).sorted().toList();
		}
	}

	private static int lines(Path folder) throws IOException {
		int lines = 0;
		for (Path file : courseFiles(folder)) {
			lines += (int) Files.readString(file).lines().count();
		}
		return lines;
	}

	private static Path largestFile(Path folder) throws IOException {
		List<Path> files = new ArrayList<>(courseFiles(folder));
		files.sort((a, b) -> Long.compare(size(b), size(a)));
		return files.get(0);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return 0;
		}
	}
}
