import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Save to visible with coursewright serve: a session's title changed in its file, then the time
 * until the open page's event stream says "reload" and the reloaded page, fetched as the
 * browser fetches it, holds the new title. Beside it, the way without serve: a cold
 * coursewright publish after each save. Run by serve-benchmark.sh.
 * Usage: java ServeBenchmark.java COURSEWRIGHT MODULE_COPY SAVES
 */
public class ServeBenchmark {

	public static void main(String[] args) throws Exception {
		String command = args[0];
		Path module = Path.of(args[1]);
		int saves = Integer.parseInt(args[2]);
		Path file = module.resolve("01-leading-and-learning.course");
		String original = Files.readString(file);
		String title = "\"What is leadership for learning?\"";

		Process serve = new ProcessBuilder(command, "serve", "--port", "0", module.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
		String site = null;
		Pattern address = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) ");
		for (String line; site == null && (line = out.readLine()) != null;) {
			Matcher matcher = address.matcher(line);
			site = matcher.find() ? matcher.group(1) : null;
		}
		Thread.ofVirtual().start(() -> out.lines().forEach(line -> { }));
		HttpClient http = HttpClient.newHttpClient();
		BlockingQueue<String> events = new LinkedBlockingQueue<>();
		String eventsAddress = site + "__coursewright/events";
		Thread.ofVirtual().start(() -> {
			try {
				var body = http.send(HttpRequest.newBuilder(URI.create(eventsAddress)).build(), HttpResponse.BodyHandlers.ofLines()).body();
				body.filter(l -> l.startsWith("event: ")).forEach(l -> events.add(l.substring(7)));
			} catch (Exception e) {
				// serve stopped
			}
		});
		events.poll(30, TimeUnit.SECONDS); // ready

		List<Double> served = new ArrayList<>();
		try {
			for (int i = 0; i < saves; i++) {
				String marker = "Save " + i;
				long started = System.nanoTime();
				Files.writeString(file, original.replace(title, "\"" + marker + ": what is leadership for learning?\""));
				String event = events.poll(30, TimeUnit.SECONDS);
				String page = http.send(HttpRequest.newBuilder(URI.create(site + "session-1-1.html")).build(), HttpResponse.BodyHandlers.ofString()).body();
				double millis = (System.nanoTime() - started) / 1e6;
				if (!"reload".equals(event) || !page.contains(marker + ": ")) {
					throw new IllegalStateException("save " + i + ": event " + event + ", page without the change");
				}
				served.add(millis);
				Thread.sleep(300); // a designer does not save ten times a second
			}
		} finally {
			serve.destroy();
			Files.writeString(file, original);
		}

		List<Double> cold = new ArrayList<>();
		Path out2 = Files.createTempDirectory("serve-benchmark");
		for (int i = 0; i < Math.min(saves, 5); i++) {
			long started = System.nanoTime();
			Process publish = new ProcessBuilder(command, "publish", "--force", module.toString(), "-o", out2.resolve("site").toString())
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
			publish.waitFor();
			cold.add((System.nanoTime() - started) / 1e6);
		}
		// the first saves after serve starts run before the JIT has compiled the publishing code
		List<Double> warm = served.subList(Math.min(5, served.size() / 2), served.size());
		System.out.printf("%-52s %12s %12s %12s%n", "save to visible (ms), bundled example", "median", "p95", "worst");
		System.out.printf("%-52s %12.0f %12.0f %12.0f%n", "serve, all " + served.size() + " saves", quantile(served, 0.5), quantile(served, 0.95), quantile(served, 1));
		System.out.printf("%-52s %12.0f %12.0f %12.0f%n", "serve, after the first five saves", quantile(warm, 0.5), quantile(warm, 0.95), quantile(warm, 1));
		System.out.printf("%-52s %12.0f %12.0f %12.0f%n", "cold coursewright publish per save (" + cold.size() + ")", quantile(cold, 0.5), quantile(cold, 0.95), quantile(cold, 1));
	}

	private static double quantile(List<Double> values, double q) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1 < 0 ? 0 : Math.ceil(q * sorted.size()) - 1));
	}
}
