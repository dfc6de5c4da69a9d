package org.iotbench.registry.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts {@link RegistryWriter} in other JVMs: the bundles it needs (the registry with this fragment, core, the client
 * model, EMF and the OSGi framework's NLS) become a plain class path.
 */
final class SeparateProcesses {

	private static final Set<String> NEEDED = Set.of("org.iotbench.registry", "org.iotbench.registry.tests",
			"org.iotbench.core", "org.iotbench.clients.model", "org.eclipse.emf.common", "org.eclipse.emf.ecore",
			"org.eclipse.emf.ecore.xmi");

	private SeparateProcesses() {
	}

	static Process writer(Path registryFile, String prefix, int count) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-cp");
		command.add(classPath());
		command.add(RegistryWriter.class.getName());
		command.add(registryFile.toString());
		command.add(prefix);
		command.add(Integer.toString(count));
		return new ProcessBuilder(command).redirectErrorStream(true).start();
	}

	private static String classPath() {
		Bundle self = FrameworkUtil.getBundle(SeparateProcesses.class);
		List<String> entries = new ArrayList<>();
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (NEEDED.contains(bundle.getSymbolicName())) {
				entries.addAll(locations(bundle));
			}
		}
		// the framework (for NLS) is the system bundle, which has no file location of its own
		try {
			entries.add(Path.of(org.eclipse.osgi.util.NLS.class.getProtectionDomain().getCodeSource().getLocation()
					.toURI()).toString());
		} catch (java.net.URISyntaxException e) {
			throw new IllegalStateException(e);
		}
		return String.join(File.pathSeparator, entries);
	}

	/** The jar of a bundle, or its folder with its {@code bin}/{@code target/classes} output when it is a project. */
	private static List<String> locations(Bundle bundle) {
		String location = bundle.getLocation().replaceFirst("^initial@", "").replaceFirst("^reference:", "");
		if (!location.startsWith("file:")) {
			return List.of();
		}
		String file = location.substring("file:".length());
		Path path = Path.of(file);
		if (!path.isAbsolute()) { // relative to the framework's install area
			String installArea = System.getProperty("osgi.install.area", "file:.").replaceFirst("^file:", "");
			path = Path.of(installArea).resolve(file);
		}
		if (path.toFile().isFile()) {
			return List.of(path.toString());
		}
		List<String> folders = new ArrayList<>();
		for (String output : List.of("target/classes", "bin", "")) {
			Path candidate = path.resolve(output);
			if (candidate.resolve("org").toFile().isDirectory()) {
				folders.add(candidate.toString());
				break;
			}
		}
		return folders;
	}
}
