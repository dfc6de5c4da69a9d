package org.iotbench.bridges.runtime;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgeConfiguration;
import org.iotbench.bridges.BridgesFactory;
import org.iotbench.bridges.BridgesPackage;
import org.iotbench.core.DataLocation;
import org.iotbench.core.InterProcessLock;
import org.iotbench.core.XmiFile;

/**
 * The bridges of the data folder, {@value #FILE_NAME}: written by the workbench and {@code iotbench bridges}, read by
 * the running broker. Every change is a read-modify-write under the file's inter-process lock, so two writers never
 * lose each other's changes. A file that cannot be read is moved aside and reported, never overwritten.
 */
public final class BridgeFile {

	public static final String FILE_NAME = "bridges.xmi"; //$NON-NLS-1$
	/** The folder beside the file with each bridge's queue of messages bound upstream. */
	public static final String QUEUE_FOLDER = "bridges"; //$NON-NLS-1$

	/** A change to the configuration, made under the lock. */
	@FunctionalInterface
	public interface Change<R> {
		R apply(BridgeConfiguration configuration) throws BridgeException;
	}

	private final XmiFile<BridgeConfiguration> file;

	public BridgeFile(Path path) {
		BridgesPackage.eINSTANCE.eClass();
		file = new XmiFile<>(path, BridgeConfiguration.class, BridgesFactory.eINSTANCE::createBridgeConfiguration);
	}

	/** The file of the current data folder. */
	public static BridgeFile current() throws IOException {
		return new BridgeFile(DataLocation.current().file(FILE_NAME));
	}

	public Path path() {
		return file.path();
	}

	/** Where a bridge keeps the messages waiting for its upstream. */
	public Path queueFile(String bridgeName) {
		return file.path().resolveSibling(QUEUE_FOLDER).resolve(bridgeName + ".queue"); //$NON-NLS-1$
	}

	/**
	 * Reads the bridges; a missing file has none.
	 *
	 * @throws BridgeException if the file cannot be read: it has been moved aside, and the message says where
	 */
	public synchronized BridgeConfiguration read() throws BridgeException {
		try {
			return file.read();
		} catch (XmiFile.UnreadableException e) {
			try {
				Path aside = file.quarantine();
				throw new BridgeException(
						NLS.bind(Messages.File_unreadable, new Object[] { file.path(), e.getMessage(), aside }), e);
			} catch (IOException moveFailed) {
				throw new BridgeException(NLS.bind(Messages.File_unreadableKept,
						new Object[] { file.path(), e.getMessage(), moveFailed.getMessage() }), e);
			}
		}
	}

	/** Applies a change and writes it, all under the file's lock, reading the file again first. */
	public synchronized <R> R change(Change<R> change) throws BridgeException {
		try (InterProcessLock.Held held = file.lock()) {
			BridgeConfiguration configuration = read();
			R result = change.apply(configuration);
			file.write(configuration);
			return result;
		} catch (IOException e) {
			throw new BridgeException(NLS.bind(Messages.File_notWritten, file.path(), e.getMessage()), e);
		}
	}

	/** Whether another writer changed the file since this last read or wrote it. */
	public synchronized boolean changedOnDisk() {
		return file.changedOnDisk();
	}

	/** The bridge of that name in a configuration. */
	public static Optional<Bridge> find(BridgeConfiguration configuration, String name) {
		return configuration.getBridges().stream().filter(b -> name.equals(b.getName())).findFirst();
	}
}
