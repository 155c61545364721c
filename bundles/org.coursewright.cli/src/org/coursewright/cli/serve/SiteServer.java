package org.coursewright.cli.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import org.coursewright.publish.site.SiteFiles;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves the site held in memory on the loopback address only (nobody else on the network
 * reaches a designer's drafts), each page with a small script that reloads it when the module
 * is published again and shows the module's errors over it. Nothing is read from the disk: a
 * path is only ever a key of the site's files.
 */
public final class SiteServer implements AutoCloseable {

	/** The server's own addresses, under a prefix no site file has (they start with a letter). */
	static final String OWN = "/__coursewright/";
	private static final String RELOAD_SCRIPT_TAG = "<script src=\"" + OWN + "live.js\"></script>";

	private final HttpServer server;
	private final LiveReload live;
	private volatile SiteFiles site;

	/** @param port 0 for any free port */
	public SiteServer(int port, LiveReload live) throws IOException {
		this.live = live;
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", this::handle);
		server.start();
	}

	public int port() {
		return server.getAddress().getPort();
	}

	public InetSocketAddress address() {
		return server.getAddress();
	}

	/** The site served from now on; pages already open are told to reload by {@link LiveReload}. */
	public void show(SiteFiles newSite) {
		site = newSite;
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
				send(exchange, 405, "text/plain; charset=utf-8", "Only GET.".getBytes(StandardCharsets.UTF_8));
				return;
			}
			if (!servedHost(exchange.getRequestHeaders().getFirst("Host"))) {
				send(exchange, 403, "text/plain; charset=utf-8", ("Open http://127.0.0.1:" + port() + "/").getBytes(StandardCharsets.UTF_8));
				return;
			}
			String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
			if (path.equals(OWN + "events")) {
				live.stream(exchange);
				return;
			}
			if (path.equals(OWN + "live.js")) {
				send(exchange, 200, "text/javascript; charset=utf-8", LiveReload.script());
				return;
			}
			SiteFiles shown = site;
			if (shown == null) {
				send(exchange, 503, "text/html; charset=utf-8", LiveReload.noSiteYet(live.problems()).getBytes(StandardCharsets.UTF_8));
				return;
			}
			String name = path.startsWith("/") ? path.substring(1) : path;
			if (name.isEmpty() || name.endsWith("/")) {
				name += "index.html";
			}
			byte[] content = shown.all().get(name);
			if (content == null) {
				send(exchange, 404, "text/plain; charset=utf-8", ("No page " + path + " in this module's site.").getBytes(StandardCharsets.UTF_8));
				return;
			}
			if (name.endsWith(".html")) {
				content = withLiveScript(content);
			}
			send(exchange, 200, ContentTypes.of(name), content);
		}
	}

	/**
	 * Only requests addressed to this machine by name: a web page elsewhere that points one of
	 * its own names at 127.0.0.1 (DNS rebinding) would otherwise read the drafts.
	 */
	private boolean servedHost(String host) {
		return host != null && (host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port()) || host.equals("[::1]:" + port()));
	}

	/** The live script goes just before the end of the body, where it runs once the page is read. */
	private static byte[] withLiveScript(byte[] page) {
		String html = new String(page, StandardCharsets.UTF_8);
		int end = html.lastIndexOf("</body>");
		String live = end < 0 ? html + RELOAD_SCRIPT_TAG : html.substring(0, end) + RELOAD_SCRIPT_TAG + html.substring(end);
		return live.getBytes(StandardCharsets.UTF_8);
	}

	private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", type);
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		boolean head = exchange.getRequestMethod().equals("HEAD");
		exchange.sendResponseHeaders(status, head ? -1 : body.length);
		if (!head) {
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		}
	}

	@Override
	public void close() {
		live.close();
		server.stop(0);
	}

	/** Media types of the files a site holds. */
	static final class ContentTypes {

		private static final Map<String, String> BY_EXTENSION = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
				Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
				Map.entry("json", "application/json"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
				Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
				Map.entry("webp", "image/webp"), Map.entry("mp4", "video/mp4"), Map.entry("webm", "video/webm"),
				Map.entry("mp3", "audio/mpeg"), Map.entry("vtt", "text/vtt; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
				Map.entry("xml", "application/xml"), Map.entry("pdf", "application/pdf"));

		private ContentTypes() {
		}

		static String of(String name) {
			String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
			return BY_EXTENSION.getOrDefault(extension, "application/octet-stream");
		}
	}
}
