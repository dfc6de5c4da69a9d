package org.iotbench.ui.internal.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.AtomicFile;
import org.iotbench.core.DataLocation;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.internal.SecureStorageSecrets;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;

/**
 * What the user set for each client's virtual device, kept for the next time: {@code virtual-devices.json} in the data
 * folder (written atomically; a file that cannot be read is kept aside and reported), the passwords in Eclipse Secure
 * Storage, never in the file. Which devices were running when the workbench closed is kept too, so that they run
 * again when it starts.
 */
public final class VirtualDeviceStore {

	static final String FILE = "virtual-devices.json"; //$NON-NLS-1$

	/** One client's virtual device, as saved (no password). */
	static final class Saved {
		String topic;
		String payload;
		long intervalMillis;
		long count;
		int qos;
		boolean retain;
		String commandFilter;
		String statusTopic;
		String csvFile;
		boolean runningAtExit;
	}

	private static final class Content {
		Map<String, Saved> devices = new LinkedHashMap<>();
	}

	private final AtomicFile file;
	private final SecureStorageSecrets secrets;
	private final Gson gson = new GsonBuilder().setPrettyPrinting().create();
	private Content content;

	public VirtualDeviceStore() throws IOException {
		this(DataLocation.current().file(FILE), new SecureStorageSecrets(SecureStorageSecrets.VIRTUAL_DEVICES));
	}

	VirtualDeviceStore(Path path, SecureStorageSecrets secrets) {
		this.file = new AtomicFile(path);
		this.secrets = secrets;
	}

	private synchronized Content content() {
		if (content == null) {
			content = read();
		}
		return content;
	}

	private Content read() {
		if (!file.exists()) {
			return new Content();
		}
		try {
			Content read = gson.fromJson(Files.readString(file.path(), StandardCharsets.UTF_8), Content.class);
			if (read == null || read.devices == null) {
				throw new JsonParseException("no devices"); //$NON-NLS-1$
			}
			return read;
		} catch (IOException | JsonParseException e) {
			try {
				Path aside = file.quarantine();
				Log.error(NLS.bind(Messages.VirtualDevice_storeUnreadable, file.path(), aside), e);
			} catch (IOException moved) {
				Log.error(NLS.bind(Messages.VirtualDevice_storeUnreadable, file.path(), file.path()), moved);
			}
			return new Content();
		}
	}

	/** What was saved for a client, if anything. */
	synchronized Optional<Saved> saved(String clientId) {
		return Optional.ofNullable(content().devices.get(clientId));
	}

	/** The password saved for a client's virtual device, or {@code null}. */
	public String password(String clientId) {
		try {
			char[] password = secrets.password(clientId);
			return password == null ? null : new String(password);
		} catch (ProjectException e) {
			Log.error(e.getMessage(), e);
			return null;
		}
	}

	/**
	 * Saves a client's device and its password.
	 *
	 * @throws IOException when the file or the secure storage cannot be written, said in words
	 */
	synchronized void save(String clientId, Saved saved, String password) throws IOException {
		try {
			secrets.setPassword(clientId, password == null ? null : password.toCharArray());
		} catch (ProjectException e) {
			throw new IOException(e.getMessage(), e);
		}
		content().devices.put(clientId, saved);
		write();
	}

	/** Marks which devices run now, for the next start. */
	synchronized void markRunning(java.util.Set<String> running) throws IOException {
		for (Map.Entry<String, Saved> entry : content().devices.entrySet()) {
			entry.getValue().runningAtExit = running.contains(entry.getKey());
		}
		write();
	}

	/** The clients whose devices were running when the workbench closed. */
	synchronized java.util.List<String> runningAtExit() {
		return content().devices.entrySet().stream().filter(e -> e.getValue().runningAtExit).map(Map.Entry::getKey)
				.toList();
	}

	private void write() throws IOException {
		byte[] bytes = gson.toJson(content()).getBytes(StandardCharsets.UTF_8);
		file.write(out -> out.write(bytes));
	}
}
