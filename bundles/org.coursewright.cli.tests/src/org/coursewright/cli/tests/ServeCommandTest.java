package org.coursewright.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coursewright.cli.CoursewrightCommand;
import org.coursewright.dsl.tests.ExampleModule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code coursewright serve}: the site on 127.0.0.1, published again on every save, the open
 * pages told to reload, errors shown in the terminal and over the page; nothing written.
 */
class ServeCommandTest {

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private Thread serving;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@AfterEach
	void stop() throws InterruptedException {
		if (serving != null) {
			serving.interrupt();
			serving.join(10_000);
		}
	}

	/** Starts serve on a free port and returns the site's address once it is served. */
	private String serve(Path module) throws InterruptedException {
		serving = new Thread(() -> CoursewrightCommand.run(new String[] { "serve", "--port", "0", module.toString() },
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
		serving.start();
		Pattern address = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/) \\(watching");
		for (int i = 0; i < 300; i++) {
			Matcher matcher = address.matcher(out.toString(StandardCharsets.UTF_8));
			if (matcher.find()) {
				return matcher.group(1);
			}
			Thread.sleep(50);
		}
		throw new AssertionError("serve did not start: " + out + err);
	}

	private HttpResponse<String> get(String address) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The event stream's events ("reload", "problems: line…"), as they come. */
	private BlockingQueue<String> events(String site) {
		BlockingQueue<String> events = new LinkedBlockingQueue<>();
		Thread.ofVirtual().start(() -> {
			try {
				HttpResponse<java.io.InputStream> response = http.send(HttpRequest.newBuilder(URI.create(site + "__coursewright/events")).build(),
						HttpResponse.BodyHandlers.ofInputStream());
				try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
					String event = null;
					StringBuilder data = new StringBuilder();
					for (String line; (line = reader.readLine()) != null;) {
						if (line.startsWith("event: ")) {
							event = line.substring(7);
						} else if (line.startsWith("data: ")) {
							data.append(data.isEmpty() ? "" : "\n").append(line.substring(6));
						} else if (line.isEmpty() && event != null) {
							events.add(data.isEmpty() ? event : event + ": " + data);
							event = null;
							data.setLength(0);
						}
					}
				}
			} catch (IOException | InterruptedException e) {
				// the server stopped
			}
		});
		return events;
	}

	@Test
	void servesTheSiteOnTheLoopbackAddressWithTheLiveScriptAndWritesNothing() throws Exception {
		Path module = ExampleModule.copyInto(folder.resolve("m")).folder();
		String site = serve(module);

		HttpResponse<String> index = get(site);
		assertEquals(200, index.statusCode());
		assertTrue(index.body().contains("<script src=\"/__coursewright/live.js\"></script></body>"), index.body());
		assertEquals("text/html; charset=utf-8", index.headers().firstValue("Content-Type").orElseThrow());
		assertEquals("image/svg+xml", get(site + "images/dimensions.svg").headers().firstValue("Content-Type").orElseThrow());
		assertEquals(404, get(site + "no-such-page.html").statusCode());
		assertEquals(404, get(site + "..%2f00-module.course").statusCode(), "only the site's files, never the module's");
		assertFalse(Files.exists(module.resolve("site")), "serve writes nothing");
		assertTrue(rawGet(site, "evil.example:" + URI.create(site).getPort()).startsWith("HTTP/1.1 403"),
				"a request addressed to another name (DNS rebinding) is refused");
		assertTrue(rawGet(site, "localhost:" + URI.create(site).getPort()).startsWith("HTTP/1.1 200"));
	}

	/** A GET of the home page with the given Host header, which Java's HTTP client does not let one set. */
	private static String rawGet(String site, String host) throws IOException {
		URI address = URI.create(site);
		try (java.net.Socket socket = new java.net.Socket(address.getHost(), address.getPort())) {
			socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			return new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
		}
	}

	@Test
	void aSavedChangeReloadsThePageAndErrorsAreShownUntilFixed() throws Exception {
		Path module = ExampleModule.copyInto(folder.resolve("m")).folder();
		String site = serve(module);
		BlockingQueue<String> events = events(site);
		assertEquals("ready", events.poll(10, TimeUnit.SECONDS));
		Path file = module.resolve("01-leading-and-learning.course");
		String text = Files.readString(file);

		Files.writeString(file, text.replace("\"What is leadership for learning?\"", "\"Revised: what is leadership for learning?\""));
		assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
		assertTrue(get(site + "session-1-1.html").body().contains("Revised: "));

		Files.writeString(file, text.replace("[@macbeath2009, pp. 32-52]", "[@nobody2020]"));
		String problems = events.poll(10, TimeUnit.SECONDS);
		assertTrue(problems.startsWith("problems: " + file + ":11:"), problems);
		assertTrue(problems.contains(": error: [unknown-citation] No bibliography entry has the key 'nobody2020'."), problems);
		assertTrue(get(site + "session-1-1.html").body().contains("Revised: "), "the last version without errors stays served");
		assertTrue(err.toString(StandardCharsets.UTF_8).contains(": error: [unknown-citation]"), "the terminal says so too");

		Files.writeString(file, text);
		assertEquals("reload", events.poll(10, TimeUnit.SECONDS));
		assertFalse(get(site + "session-1-1.html").body().contains("Revised: "));
	}
}
