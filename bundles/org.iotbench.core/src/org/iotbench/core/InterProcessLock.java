package org.iotbench.core;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock every writer of one data file takes around its read-modify-write: the workbench, the headless broker and
 * each {@code iotbench} command, in this process or another. It is an operating-system lock on a sibling file
 * ({@code clients.xmi.lock}), held by at most one process, and within a process by one thread at a time (a JVM cannot
 * hold the same file lock twice). The operating system releases it when a process dies, so a killed writer never
 * leaves it taken.
 */
public final class InterProcessLock {

	/** One holder of the lock; closing it releases the lock. */
	public interface Held extends AutoCloseable {
		@Override
		void close();
	}

	private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

	private final Path lockFile;

	/** @param guarded the data file whose writers this lock serialises */
	public InterProcessLock(Path guarded) {
		Path absolute = guarded.toAbsolutePath().normalize();
		this.lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock"); //$NON-NLS-1$
	}

	public Path path() {
		return lockFile;
	}

	/** Waits for the lock (as long as another writer holds it: writers hold it for milliseconds). */
	public Held acquire() throws IOException {
		ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, p -> new ReentrantLock());
		local.lock();
		if (local.getHoldCount() > 1) {
			return local::unlock; // this thread holds the file lock already
		}
		FileChannel channel = null;
		try {
			Files.createDirectories(lockFile.getParent());
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.lock();
			FileChannel open = channel;
			return () -> {
				try {
					lock.release();
					open.close();
				} catch (IOException e) {
					// closing the channel releases the lock anyway
				} finally {
					local.unlock();
				}
			};
		} catch (IOException | RuntimeException e) {
			if (channel != null) {
				try {
					channel.close();
				} catch (IOException closing) {
					e.addSuppressed(closing);
				}
			}
			local.unlock();
			throw e;
		}
	}
}
