package org.coursewright.cli.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Watches a module's folder and its subfolders (new ones too) and says when its files
 * changed. An editor's save is several events (a temporary file written, renamed, the old
 * one removed): they count as one change once the folder has been quiet for a moment.
 */
public final class ModuleWatcher implements AutoCloseable {

	/** Quiet this long after an event, and the save is over. */
	private static final long SETTLE_MILLIS = 15;

	private final WatchService watcher;
	private final Predicate<Path> ignored;

	/** @param ignored folders not to watch, and files whose changes do not count (outputs, hidden files) */
	public ModuleWatcher(Path folder, Predicate<Path> ignored) throws IOException {
		this.watcher = FileSystems.getDefault().newWatchService();
		this.ignored = ignored;
		register(folder);
	}

	private void register(Path folder) throws IOException {
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				if (!dir.equals(folder) && ignored.test(dir)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				dir.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
				return FileVisitResult.CONTINUE;
			}
		});
	}

	/** Waits for the next change and returns once it has settled; throws when interrupted. */
	public void awaitChange() throws InterruptedException, IOException {
		while (!drain(watcher.take())) {
			// only ignored files changed
		}
		for (WatchKey more; (more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null;) {
			drain(more);
		}
	}

	/** @return whether a file that counts changed */
	private boolean drain(WatchKey key) throws IOException {
		boolean counts = false;
		Path dir = (Path) key.watchable();
		for (WatchEvent<?> event : key.pollEvents()) {
			if (event.context() instanceof Path name) {
				Path changed = dir.resolve(name);
				if (ignored.test(changed)) {
					continue;
				}
				counts = true;
				if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
					register(changed);
				}
			} else {
				counts = true; // events were lost: look again
			}
		}
		key.reset();
		return counts;
	}

	@Override
	public void close() throws IOException {
		watcher.close();
	}
}
