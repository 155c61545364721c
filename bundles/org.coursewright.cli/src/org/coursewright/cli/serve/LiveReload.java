package org.coursewright.cli.serve;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

import com.sun.net.httpserver.HttpExchange;

/**
 * The open pages, each listening on a server-sent event stream: told to reload when the
 * module was published again, shown the module's problems when it has errors (the last good
 * site stays served meanwhile), and told when they are gone.
 */
public final class LiveReload implements AutoCloseable {

	private final Set<OutputStream> listeners = ConcurrentHashMap.newKeySet();
	private final CountDownLatch closed = new CountDownLatch(1);
	private volatile List<String> problems = List.of();

	/** Every open page reloads. */
	public void reload() {
		problems = List.of();
		send("reload", "");
	}

	/** Every open page shows these lines ("file:line:col: error: …") over itself. */
	public void problems(List<String> lines) {
		problems = List.copyOf(lines);
		send("problems", String.join("\n", lines));
	}

	List<String> problems() {
		return problems;
	}

	/** Holds the exchange open as an event stream until the page goes or the server stops. */
	void stream(HttpExchange exchange) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
		exchange.getResponseHeaders().set("Cache-Control", "no-store");
		exchange.sendResponseHeaders(200, 0);
		OutputStream out = exchange.getResponseBody();
		listeners.add(out);
		try {
			// what a page opened while the module has errors must show at once
			if (!problems.isEmpty()) {
				write(out, "problems", String.join("\n", problems));
			} else {
				write(out, "ready", "");
			}
			closed.await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			listeners.remove(out);
		}
	}

	private void send(String event, String data) {
		for (OutputStream out : listeners) {
			try {
				write(out, event, data);
			} catch (IOException e) {
				listeners.remove(out); // the page was closed
			}
		}
	}

	private static void write(OutputStream out, String event, String data) throws IOException {
		StringBuilder message = new StringBuilder("event: ").append(event).append('\n');
		for (String line : data.split("\n", -1)) {
			message.append("data: ").append(line).append('\n');
		}
		message.append('\n');
		synchronized (out) {
			out.write(message.toString().getBytes(StandardCharsets.UTF_8));
			out.flush();
		}
	}

	@Override
	public void close() {
		closed.countDown();
	}

	/**
	 * The script every served page loads: it listens for the events and reloads the page, or
	 * shows the problems in a panel (as text, never as markup: messages quote the module).
	 */
	static byte[] script() {
		return """
				(function () {
				  var events = new EventSource('/__coursewright/events');
				  var panel = null;
				  events.addEventListener('reload', function () { location.reload(); });
				  events.addEventListener('ready', function () { if (panel) { panel.remove(); panel = null; } });
				  events.addEventListener('problems', function (event) {
				    if (!panel) {
				      panel = document.createElement('pre');
				      panel.setAttribute('role', 'alert');
				      panel.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;margin:0;padding:1em;'
				        + 'background:#fff4f4;color:#7a0000;border-top:3px solid #c00;font:14px/1.4 monospace;white-space:pre-wrap;z-index:2147483647';
				      document.body.appendChild(panel);
				    }
				    panel.textContent = 'The module has errors; this is the last version without them.\\n\\n' + event.data;
				  });
				})();
				""".getBytes(StandardCharsets.UTF_8);
	}

	/** The page shown while the module has never been without errors. */
	static String noSiteYet(List<String> problems) {
		StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>The module has errors</title></head>"
				+ "<body><h1>The module has errors</h1><p>The site appears when they are fixed.</p><pre>");
		problems.forEach(p -> page.append(escaped(p)).append('\n'));
		return page.append("</pre><script src=\"").append(SiteServer.OWN).append("live.js\"></script></body></html>\n").toString();
	}

	private static String escaped(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
