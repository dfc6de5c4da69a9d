package org.iotbench.registry.tests;

import java.nio.file.Path;

import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.internal.LocalClientRegistry;

/**
 * A process of its own that writes the registry, as {@code iotbench clients add} does: started by
 * {@link SeparateProcesses} with the registry's classes on a plain class path.
 * <p>
 * Arguments: the registry file, a client ID prefix, how many clients to add.
 */
public final class RegistryWriter {

	private RegistryWriter() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		String prefix = args[1];
		int count = Integer.parseInt(args[2]);
		for (int i = 0; i < count; i++) {
			// one registry per add, as one command-line process per add
			LocalClientRegistry registry = new LocalClientRegistry(file, new PasswordHasher(RegistryFolder.TEST_ITERATIONS));
			try {
				registry.register(prefix + i, prefix + i, ("pwd-" + i).toCharArray(), "");
			} finally {
				registry.close();
			}
		}
		System.out.println("added " + count);
	}
}
