package org.coursewright.publish.site;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One Coursewright run at a time writes into an output folder: two publishes (or packs) into
 * the same folder would otherwise mix their files or delete each other's staging. The lock
 * is the operating system's on a file beside the folder ({@code .NAME.lock}), so a run that
 * is killed, however hard, lets go of it at once; the file itself stays, empty.
 */
public final class OutputLock implements AutoCloseable {

	/** How long a run waits for another to finish before it gives up with a message. */
	static final long PATIENCE_MILLIS = 10_000;

	private final FileChannel channel;
	private final FileLock lock;

	private OutputLock(FileChannel channel, FileLock lock) {
		this.channel = channel;
		this.lock = lock;
	}

	/** Waits up to {@value #PATIENCE_MILLIS} ms for the folder to be free, then holds it until closed. */
	public static OutputLock acquire(Path output) throws IOException, SiteConflictException {
		return acquire(output, PATIENCE_MILLIS);
	}

	/** As {@link #acquire(Path)}, giving up after the given time. */
	public static OutputLock acquire(Path output, long patienceMillis) throws IOException, SiteConflictException {
		Path out = output.toAbsolutePath().normalize();
		Files.createDirectories(out.getParent());
		Path file = lockFile(out);
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		OrdinaryPermissions.apply(file);
		long giveUp = System.currentTimeMillis() + patienceMillis;
		try {
			while (true) {
				FileLock lock = tryLock(channel);
				if (lock != null) {
					return new OutputLock(channel, lock);
				}
				if (System.currentTimeMillis() >= giveUp) {
					channel.close();
					throw new SiteConflictException("Another Coursewright run is writing into " + out + " and still was after "
							+ patienceMillis / 1000 + " s; nothing was written. Try again when it has finished.");
				}
				Thread.sleep(100);
			}
		} catch (InterruptedException e) {
			channel.close();
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for " + out, e);
		}
	}

	/** The lock of this process's other thread counts as taken, as another process's does. */
	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		} catch (OverlappingFileLockException e) {
			return null;
		}
	}

	static Path lockFile(Path out) {
		return out.resolveSibling("." + out.getFileName() + ".lock");
	}

	@Override
	public void close() throws IOException {
		if (!channel.isOpen()) {
			return;
		}
		try {
			lock.release();
		} finally {
			channel.close();
		}
	}
}
