package org.iotbench.core;

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
import java.util.function.Supplier;

/**
 * An XMI file holding one model root: read whole, written atomically from a copy (the live model stays outside any
 * resource), and watched for changes made by another process. Writers take {@link #lock()} around their
 * read-modify-write, so that two processes changing the file at once never lose each other's changes.
 *
 * @param <T> the type of the root object
 */
public final class XmiFile<T extends EObject> {

	/** Thrown when the file exists but does not hold the expected model. */
	public static final class UnreadableException extends Exception {
		private static final long serialVersionUID = 1L;

		UnreadableException(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$

	private final AtomicFile file;
	private final InterProcessLock lock;
	/** Time, size and file key (inode) of the file as last read or written: a rename changes the key. */
	private Object knownStamp;

	private final Class<T> rootType;
	private final Supplier<T> emptyRoot;

	/**
	 * @param rootType  the class of the root object (its EPackage must be initialised)
	 * @param emptyRoot makes the root of a file that does not exist yet
	 */
	public XmiFile(Path path, Class<T> rootType, Supplier<T> emptyRoot) {
		this.file = new AtomicFile(path);
		this.lock = new InterProcessLock(path);
		this.rootType = rootType;
		this.emptyRoot = emptyRoot;
	}

	public Path path() {
		return file.path();
	}

	/**
	 * Takes the file's writer lock, waiting while another writer (in this process or another) holds it. Under it,
	 * read the file again if {@link #changedOnDisk()}, apply the change and {@link #write(EObject)}.
	 */
	public InterProcessLock.Held lock() throws IOException {
		return lock.acquire();
	}

	/** Reads the root; a missing file gives an empty root. */
	public T read() throws UnreadableException {
		if (!file.exists()) {
			knownStamp = null;
			return emptyRoot.get();
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
		if (resource.getContents().size() != 1 || !rootType.isInstance(resource.getContents().get(0))) {
			throw new UnreadableException("it does not contain a " + rootType.getSimpleName(), null); //$NON-NLS-1$
		}
		return rootType.cast(resource.getContents().get(0));
	}

	/** Saves a copy of the root atomically. */
	public void write(T root) throws IOException {
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.path().toString()));
		EObject copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(root);
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
	public boolean changedOnDisk() {
		try {
			if (!file.exists()) {
				return knownStamp != null;
			}
			return !stamp(file.path()).equals(knownStamp);
		} catch (IOException e) {
			return false;
		}
	}

	/** Moves an unreadable file aside (see {@link AtomicFile#quarantine()}). */
	public Path quarantine() throws IOException {
		knownStamp = null;
		return file.quarantine();
	}
}
