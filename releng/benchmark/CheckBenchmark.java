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
		// Warm up on every module first, so that no size is measured while the JIT compiles; the
		// last warm-up run says how many runs make about two seconds of each module (small ones
		// vary most from run to run), and at least RUNS.
		int[] wanted = new int[folders.size()];
		for (int i = 0; i < 3; i++) {
			for (int f = 0; f < folders.size(); f++) {
				Path folder = folders.get(f);
				long nanos = timed(() -> check(loader, folder));
				wanted[f] = Math.max(runs, (int) Math.min(2000, 2e9 / 2 / Math.max(nanos, 1)));
			}
		}
		// Runs go round all modules in turn, so that no module is measured at a different stage of the JIT's work.
		long[][] whole = new long[folders.size()][];
		long[][] keystroke = new long[folders.size()][];
		List<Path> edited = new ArrayList<>();
		List<String> typed = new ArrayList<>();
		for (Path folder : folders) {
			edited.add(largestFile(folder));
			// the designer typed one letter into a word of the largest file's prose
			typed.add(Files.readString(edited.getLast()).replaceFirst(" the ", " thex "));
		}
		for (int f = 0; f < folders.size(); f++) {
			whole[f] = new long[wanted[f]];
			keystroke[f] = new long[wanted[f]];
		}
		for (int i = 0; i < Arrays.stream(wanted).max().orElse(0); i++) {
			for (int f = 0; f < folders.size(); f++) {
				if (i >= wanted[f]) {
					continue;
				}
				Path folder = folders.get(f);
				Path file = edited.get(f);
				String text = typed.get(f);
				whole[f][i] = timed(() -> check(loader, folder));
				keystroke[f][i] = timed(() -> loader.loadEdited(file, text));
			}
		}
		List<Row> rows = new ArrayList<>();
		for (int f = 0; f < folders.size(); f++) {
			Path folder = folders.get(f);
			rows.add(new Row(folder.getFileName().toString(), lines(folder), courseFiles(folder).size(), median(whole[f]) / 1e6,
					median(keystroke[f]) / 1e6));
		}
		// Checking linear in lines costs the same per 1,000 lines whatever the size and the number of files.
		System.out.printf("Checking in one warm process (median of at least %d runs, about 2 s of each module)%n", runs);
		System.out.printf("%-16s %7s %6s %11s %15s %15s%n", "module", "lines", "files", "check (ms)", "ms per 1,000", "keystroke (ms)");
		for (Row row : rows) {
			System.out.printf("%-16s %7d %6d %11.1f %15.2f %15.1f%n", row.name(), row.lines(), row.files(), row.millis(),
					row.millis() * 1000 / row.lines(), row.keystrokeMillis());
		}
	}

	private record Row(String name, int lines, int files, double millis, double keystrokeMillis) {
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
