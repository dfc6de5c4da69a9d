package org.iotbench.registry.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.iotbench.clients.RegisteredClient;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.internal.LocalClientRegistry;

/**
 * A data folder holding {@code clients.xmi}, and the registries opened on it, each standing for one process (the
 * workbench, the command line). Registries are closed with the folder.
 */
final class RegistryFolder implements AutoCloseable {

	/** Fast hashes for tests; the iteration count is stored in each hash, so any hasher verifies them. */
	static final int TEST_ITERATIONS = 1_000;

	/** Later and later modification times, never one a real write can have had. */
	private static final AtomicLong LATER = new AtomicLong(System.currentTimeMillis() + 3_600_000);

	final Path folder;
	final Path file;
	private final List<LocalClientRegistry> opened = new ArrayList<>();

	RegistryFolder(Path folder) {
		this.folder = folder;
		this.file = folder.resolve(LocalClientRegistry.FILE_NAME);
	}

	LocalClientRegistry open() {
		return open(new PasswordHasher(TEST_ITERATIONS));
	}

	LocalClientRegistry open(PasswordHasher hasher) {
		LocalClientRegistry registry = new LocalClientRegistry(file, hasher);
		opened.add(registry);
		return registry;
	}

	/**
	 * Says that the registry file was written by another process after everything this process knows about.
	 * <p>
	 * A registry notices changes made by another process through the file's last-modified time, size and file key
	 * ({@code XmiFile.changedOnDisk}). Tests that let a second registry write and then expect the first one to notice
	 * call this after the write, so that they do not depend on the file system's time stamp resolution.
	 */
	void markWrittenLater() throws IOException {
		Files.setLastModifiedTime(file, FileTime.fromMillis(LATER.addAndGet(2_000)));
	}

	byte[] bytes() throws IOException {
		return Files.readAllBytes(file);
	}

	String text() throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	/** The names of the files in the folder, hidden ones included; not the writers' lock file, which holds no data. */
	List<String> fileNames() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(p -> p.getFileName().toString()).filter(name -> !name.endsWith(".lock")).sorted()
					.toList();
		}
	}

	static List<String> ids(LocalClientRegistry registry) {
		return registry.registry().getClients().stream().map(RegisteredClient::getClientId).toList();
	}

	static byte[] utf8(String password) {
		return password.getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		opened.forEach(LocalClientRegistry::close);
	}
}
