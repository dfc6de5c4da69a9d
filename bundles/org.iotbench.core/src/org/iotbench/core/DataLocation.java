package org.iotbench.core;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that holds the workbench's own data: the client registry, projects and broker state.
 * <p>
 * The launcher script passes {@code --data DIR} as the system property {@value #PROPERTY}; without it the data lives
 * in {@code ~/.iotbench}, shared by the product, its command line and an IDE installation of the same user.
 */
public final class DataLocation {

	/** System property naming the data folder. */
	public static final String PROPERTY = "iotbench.data"; //$NON-NLS-1$

	private final Path root;

	private DataLocation(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The data folder chosen by the system property, or the default one in the user's home. */
	public static DataLocation current() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return new DataLocation(Path.of(configured.trim()));
		}
		return new DataLocation(Path.of(System.getProperty("user.home"), ".iotbench")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A data location rooted at the given folder (tests, tools). */
	public static DataLocation at(Path root) {
		return new DataLocation(root);
	}

	public Path root() {
		return root;
	}

	/** A file in the data folder; the folder is created if missing. */
	public Path file(String name) throws java.io.IOException {
		Files.createDirectories(root);
		return root.resolve(name);
	}

	@Override
	public String toString() {
		return root.toString();
	}
}
