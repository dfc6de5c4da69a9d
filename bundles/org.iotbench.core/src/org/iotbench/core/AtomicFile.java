package org.iotbench.core;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A file that is replaced as a whole or not at all: content goes to a temporary file in the same folder, is forced to
 * disk, and is renamed over the target. A crash leaves either the old or the new file, never half of one.
 */
public final class AtomicFile {

	/** Writes the content of one file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

	private final Path target;

	public AtomicFile(Path target) {
		this.target = target.toAbsolutePath();
	}

	public Path path() {
		return target;
	}

	public boolean exists() {
		return Files.exists(target);
	}

	/** Replaces the file with the given content. On failure the previous file is untouched. */
	public void write(Content content) throws IOException {
		Path folder = target.getParent();
		Files.createDirectories(folder);
		Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temporary);
		}
	}

	/**
	 * Moves an unreadable file aside so that it is kept for the user and never overwritten.
	 *
	 * @return where the file now is
	 */
	public Path quarantine() throws IOException {
		String stamp = LocalDateTime.now().format(STAMP);
		Path aside = target.resolveSibling(target.getFileName() + ".corrupt-" + stamp); //$NON-NLS-1$
		for (int i = 1; Files.exists(aside); i++) {
			aside = target.resolveSibling(target.getFileName() + ".corrupt-" + stamp + "-" + i); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return Files.move(target, aside);
	}
}
