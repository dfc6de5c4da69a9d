package org.iotbench.registry;

import java.nio.file.Path;

import org.iotbench.registry.internal.LocalClientRegistry;

/**
 * A client registry of its own, on a file of its own, outside the workbench's services: for a tool that runs a broker
 * beside the workbench's, such as the benchmark. It locks, reloads and writes its file as the workbench's registry
 * does. Close it when done.
 */
public interface StandaloneRegistry extends ClientRegistryService, AutoCloseable {

	/** The name of a registry's file in a data folder. */
	String FILE_NAME = LocalClientRegistry.FILE_NAME;

	/** Opens the registry of that file; a missing file is an empty registry (see {@link #loadProblem()}). */
	static StandaloneRegistry open(Path file) {
		return new LocalClientRegistry(file, new PasswordHasher());
	}

	/** Saves what is pending and stops the registry's threads. */
	@Override
	void close();
}
