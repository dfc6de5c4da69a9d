package org.iotbench.registry.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.iotbench.clients.ClientRegistry;
import org.iotbench.clients.ClientsFactory;
import org.iotbench.clients.ClientsPackage;
import org.iotbench.core.AtomicFile;

/** The registry's XMI file: read whole, written atomically. */
final class RegistryFile {

	/** Thrown when the file exists but does not hold a registry. */
	static final class UnreadableException extends Exception {
		private static final long serialVersionUID = 1L;

		UnreadableException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$

	private final AtomicFile file;
	/** Time, size and file key (inode) of the file as last read or written: a rename changes the key. */
	private Object knownStamp;

	RegistryFile(Path path) {
		this.file = new AtomicFile(path);
		ClientsPackage.eINSTANCE.eClass();
	}

	Path path() {
		return file.path();
	}

	/** Reads the registry; a missing file is an empty registry. */
	ClientRegistry read() throws UnreadableException {
		if (!file.exists()) {
			knownStamp = null;
			return ClientsFactory.eINSTANCE.createClientRegistry();
		}
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.path().toString()));
		try {
			Object stamp = stamp(file.path());
			try (InputStream in = Files.newInputStream(file.path())) {
				resource.load(in, OPTIONS);
			}
			knownStamp = stamp;
		} catch (IOException | RuntimeException e) {
			throw new UnreadableException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof ClientRegistry)) {
			throw new UnreadableException("it does not contain a client registry", null); //$NON-NLS-1$
		}
		return (ClientRegistry) resource.getContents().get(0);
	}

	/** Saves a copy of the registry; the live model stays outside any resource. */
	void write(ClientRegistry registry) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.path().toString()));
		EObject copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(registry);
		resource.getContents().add(copy);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		resource.save(bytes, OPTIONS);
		file.write(bytes::writeTo);
		knownStamp = stamp(file.path());
	}

	private static Object stamp(Path path) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
		return java.util.Arrays.asList(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
	}

	/** Whether someone else (the command line, another workbench) changed the file since we last read or wrote it. */
	boolean changedOnDisk() {
		try {
			if (!file.exists()) {
				return knownStamp != null;
			}
			return !stamp(file.path()).equals(knownStamp);
		} catch (IOException e) {
			return false;
		}
	}

	Path quarantine() throws IOException {
		knownStamp = null;
		return file.quarantine();
	}
}
