package org.iotbench.registry.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.iotbench.clients.ClientRegistry;
import org.iotbench.clients.ClientsFactory;
import org.iotbench.clients.ClientsPackage;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.DataLocation;
import org.iotbench.core.XmiFile;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.CredentialGenerator;
import org.iotbench.registry.LoadProblem;
import org.iotbench.registry.Messages;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.RegistryException;
import org.iotbench.registry.Verdict;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The registry of the current data folder ({@link DataLocation#current()}), kept in {@code clients.xmi}.
 * <p>
 * Changes made by another process (the {@code iotbench clients} command while the broker runs) are picked up before
 * the next verification, so a device registered from a terminal can connect at once.
 */
@Component(service = ClientRegistryService.class)
public final class LocalClientRegistry implements ClientRegistryService {

	public static final String FILE_NAME = "clients.xmi"; //$NON-NLS-1$
	private static final long LAST_SEEN_SAVE_DELAY_MS = 2_000;

	private final Object lock = new Object();
	private final XmiFile<ClientRegistry> file;
	private final ClientRegistry registry = ClientsFactory.eINSTANCE.createClientRegistry();
	private final PasswordHasher hasher;
	private final CredentialIndex index;
	private final CredentialGenerator generator = new CredentialGenerator();
	private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "IoT Workbench registry saver"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private ScheduledFuture<?> pendingSave;
	private LoadProblem loadProblem;
	private boolean readOnly;

	@Activate
	public LocalClientRegistry() throws IOException {
		this(DataLocation.current().file(FILE_NAME), new PasswordHasher());
	}

	public LocalClientRegistry(Path path, PasswordHasher hasher) {
		ClientsPackage.eINSTANCE.eClass();
		this.file = new XmiFile<>(path, ClientRegistry.class, ClientsFactory.eINSTANCE::createClientRegistry);
		this.hasher = hasher;
		this.index = new CredentialIndex(hasher);
		synchronized (lock) {
			load();
		}
	}

	private void load() {
		try {
			merge(file.read());
		} catch (XmiFile.UnreadableException e) {
			try {
				Path aside = file.quarantine();
				loadProblem = new LoadProblem(file.path(), aside,
						NLS.bind(Messages.Registry_unreadable, new Object[] { file.path(), e.getMessage(), aside }));
			} catch (IOException moveFailed) {
				readOnly = true;
				loadProblem = new LoadProblem(file.path(), null,
						NLS.bind(Messages.Registry_readOnly, file.path(), moveFailed.getMessage()));
			}
		}
	}

	/** Brings the live model in line with what was read, keeping the objects of clients that stay. */
	private void merge(ClientRegistry read) {
		List<RegisteredClient> incoming = new ArrayList<>(read.getClients());
		for (RegisteredClient existing : new ArrayList<>(registry.getClients())) {
			if (incoming.stream().noneMatch(c -> c.getClientId().equals(existing.getClientId()))) {
				registry.getClients().remove(existing);
				index.remove(existing.getClientId());
			}
		}
		for (RegisteredClient source : incoming) {
			RegisteredClient target = findLocked(source.getClientId()).orElse(null);
			if (target == null) {
				target = ClientsFactory.eINSTANCE.createRegisteredClient();
				target.setClientId(source.getClientId());
				copyPersistent(source, target);
				registry.getClients().add(target);
			} else {
				copyPersistent(source, target);
			}
			index.put(target);
		}
	}

	private static void copyPersistent(RegisteredClient from, RegisteredClient to) {
		to.setName(from.getName());
		to.setDescription(from.getDescription());
		to.setPasswordHash(from.getPasswordHash());
		to.setEnabled(from.isEnabled());
		to.setCreated(from.getCreated());
		if (!to.getPublishPatterns().equals(from.getPublishPatterns())) {
			to.getPublishPatterns().clear();
			to.getPublishPatterns().addAll(from.getPublishPatterns());
		}
		if (!to.getSubscribePatterns().equals(from.getSubscribePatterns())) {
			to.getSubscribePatterns().clear();
			to.getSubscribePatterns().addAll(from.getSubscribePatterns());
		}
		if (to.getLastSeen() == null || from.getLastSeen() != null && from.getLastSeen().after(to.getLastSeen())) {
			to.setLastSeen(from.getLastSeen());
		}
	}

	private void refreshFromDisk() {
		if (!readOnly && file.changedOnDisk()) {
			load();
		}
	}

	@Override
	public ClientRegistry registry() {
		return registry;
	}

	@Override
	public Optional<RegisteredClient> find(String clientId) {
		synchronized (lock) {
			return findLocked(clientId);
		}
	}

	private Optional<RegisteredClient> findLocked(String clientId) {
		return registry.getClients().stream().filter(c -> c.getClientId().equals(clientId)).findFirst();
	}

	private RegisteredClient require(String clientId) throws RegistryException {
		return findLocked(clientId)
				.orElseThrow(() -> new RegistryException(NLS.bind(Messages.Registry_unknownId, clientId)));
	}

	@Override
	public RegisteredClient register(String name, String clientId, char[] password, String description)
			throws RegistryException {
		ClientIdRule.check(clientId);
		checkPassword(password);
		synchronized (lock) {
			refreshFromDisk();
			if (findLocked(clientId).isPresent()) {
				throw new RegistryException(NLS.bind(Messages.Registry_duplicateId, clientId));
			}
			RegisteredClient client = ClientsFactory.eINSTANCE.createRegisteredClient();
			client.setClientId(clientId);
			client.setName(name == null || name.isBlank() ? clientId : name.trim());
			client.setDescription(description == null ? "" : description); //$NON-NLS-1$
			client.setPasswordHash(hasher.hash(password));
			client.setEnabled(true);
			client.setCreated(new Date());
			registry.getClients().add(client);
			index.put(client);
			save();
			return client;
		}
	}

	@Override
	public void update(String clientId, String name, String description) throws RegistryException {
		synchronized (lock) {
			refreshFromDisk();
			RegisteredClient client = require(clientId);
			client.setName(name == null || name.isBlank() ? clientId : name.trim());
			client.setDescription(description == null ? "" : description); //$NON-NLS-1$
			save();
		}
	}

	@Override
	public void setPassword(String clientId, char[] password) throws RegistryException {
		checkPassword(password);
		synchronized (lock) {
			refreshFromDisk();
			RegisteredClient client = require(clientId);
			client.setPasswordHash(hasher.hash(password));
			index.put(client);
			save();
		}
	}

	@Override
	public void setEnabled(String clientId, boolean enabled) throws RegistryException {
		synchronized (lock) {
			refreshFromDisk();
			RegisteredClient client = require(clientId);
			client.setEnabled(enabled);
			index.put(client);
			save();
		}
	}

	@Override
	public void setPermissions(String clientId, List<String> publish, List<String> subscribe)
			throws RegistryException {
		List<String> pub = PatternRule.check(publish);
		List<String> sub = PatternRule.check(subscribe);
		synchronized (lock) {
			refreshFromDisk();
			RegisteredClient client = require(clientId);
			client.getPublishPatterns().clear();
			client.getPublishPatterns().addAll(pub);
			client.getSubscribePatterns().clear();
			client.getSubscribePatterns().addAll(sub);
			index.put(client);
			save();
		}
	}

	@Override
	public boolean mayPublish(String clientId, String topic) {
		return index.mayPublish(clientId, topic);
	}

	@Override
	public boolean maySubscribe(String clientId, String filter) {
		return index.maySubscribe(clientId, filter);
	}

	@Override
	public void remove(String clientId) throws RegistryException {
		synchronized (lock) {
			refreshFromDisk();
			RegisteredClient client = require(clientId);
			registry.getClients().remove(client);
			index.remove(clientId);
			save();
		}
	}

	@Override
	public Verdict verify(String clientId, byte[] password) {
		if (file.changedOnDisk()) {
			synchronized (lock) {
				refreshFromDisk();
			}
		}
		return index.verify(clientId, password);
	}

	@Override
	public void markOnline(String clientId, String address) {
		synchronized (lock) {
			findLocked(clientId).ifPresent(client -> {
				client.setAddress(address);
				client.setOnline(true);
				client.setLastSeen(new Date());
			});
		}
	}

	@Override
	public void markOffline(String clientId) {
		synchronized (lock) {
			findLocked(clientId).ifPresent(client -> {
				client.setOnline(false);
				client.setLastSeen(new Date());
				scheduleSave();
			});
		}
	}

	@Override
	public Optional<LoadProblem> loadProblem() {
		synchronized (lock) {
			return Optional.ofNullable(loadProblem);
		}
	}

	@Override
	public String newClientId() {
		return generator.clientId(id -> find(id).isPresent());
	}

	private static void checkPassword(char[] password) throws RegistryException {
		if (password == null || password.length == 0 || new String(password).isBlank()) {
			throw new RegistryException(Messages.Registry_emptyPassword);
		}
	}

	private void scheduleSave() {
		if (pendingSave == null || pendingSave.isDone()) {
			pendingSave = saver.schedule(() -> {
				synchronized (lock) {
					try {
						save();
					} catch (RegistryException e) {
						// Only last-seen times are at stake; the next change reports the problem.
					}
				}
			}, LAST_SEEN_SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	private void save() throws RegistryException {
		if (readOnly) {
			throw new RegistryException(loadProblem.message());
		}
		try {
			file.write(registry);
		} catch (IOException e) {
			throw new RegistryException(NLS.bind(Messages.Registry_saveFailed, file.path(), e.getMessage()), e);
		}
	}

	/** Saves pending last-seen times and stops the saver thread. */
	@Deactivate
	public void close() {
		saver.shutdownNow();
		synchronized (lock) {
			if (pendingSave != null && !pendingSave.isDone()) {
				try {
					save();
				} catch (RegistryException e) {
					// nothing more can be done on shutdown
				}
			}
		}
	}

}
