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
import org.iotbench.core.InterProcessLock;
import org.iotbench.core.XmiFile;
import org.iotbench.registry.ClientRegistryService;
import org.iotbench.registry.CredentialGenerator;
import org.iotbench.registry.LoadProblem;
import org.iotbench.registry.Messages;
import org.iotbench.registry.NewClient;
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
 * the next verification, so a device registered from a terminal can connect at once, and within a second otherwise
 * (the model then notifies its listeners: the broker drops a client disabled or removed elsewhere). Every change is a
 * read-modify-write under the file's inter-process lock ({@link XmiFile#lock()}), so concurrent writers lose nothing.
 */
@Component(service = ClientRegistryService.class)
public final class LocalClientRegistry implements org.iotbench.registry.StandaloneRegistry {

	public static final String FILE_NAME = "clients.xmi"; //$NON-NLS-1$
	private static final long LAST_SEEN_SAVE_DELAY_MS = 2_000;
	/** How often the file is checked for changes made by another process. */
	private static final long WATCH_INTERVAL_MS = 500;

	private final Object lock = new Object();
	private final XmiFile<ClientRegistry> file;
	private final ClientRegistry registry = ClientsFactory.eINSTANCE.createClientRegistry();
	private final PasswordHasher hasher;
	private final CredentialIndex index;
	private final CredentialGenerator generator = new CredentialGenerator();
	private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread thread = new Thread(r, "IoT Workbench registry file"); //$NON-NLS-1$
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
		saver.scheduleWithFixedDelay(this::watch, WATCH_INTERVAL_MS, WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
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
		String hash = hasher.hash(password); // the slow part, outside the locks
		return change(() -> {
			if (findLocked(clientId).isPresent()) {
				throw new RegistryException(NLS.bind(Messages.Registry_duplicateId, clientId));
			}
			RegisteredClient client = ClientsFactory.eINSTANCE.createRegisteredClient();
			client.setClientId(clientId);
			client.setName(name == null || name.isBlank() ? clientId : name.trim());
			client.setDescription(description == null ? "" : description); //$NON-NLS-1$
			client.setPasswordHash(hash);
			client.setEnabled(true);
			client.setCreated(new Date());
			registry.getClients().add(client);
			index.put(client);
			return client;
		});
	}

	@Override
	public List<RegisteredClient> registerAll(List<NewClient> clients, java.util.function.IntFunction<String> where)
			throws RegistryException {
		List<String> problems = new ArrayList<>();
		java.util.Set<String> ids = new java.util.HashSet<>();
		List<List<String>> publish = new ArrayList<>();
		List<List<String>> subscribe = new ArrayList<>();
		synchronized (lock) {
			refreshFromDisk();
		}
		for (int i = 0; i < clients.size(); i++) {
			NewClient client = clients.get(i);
			publish.add(List.of());
			subscribe.add(List.of());
			try {
				ClientIdRule.check(client.clientId());
				checkPassword(client.password());
				publish.set(i, PatternRule.check(client.publish()));
				subscribe.set(i, PatternRule.check(client.subscribe()));
				if (!ids.add(client.clientId())) {
					throw new RegistryException(NLS.bind(Messages.Registry_twiceInFleet, client.clientId()));
				}
				if (find(client.clientId()).isPresent()) { // checked again under the lock
					throw new RegistryException(NLS.bind(Messages.Registry_duplicateId, client.clientId()));
				}
			} catch (RegistryException e) {
				problems.add(where.apply(i) + ": " + e.getMessage()); //$NON-NLS-1$
			}
		}
		if (!problems.isEmpty()) {
			throw new RegistryException(String.join("\n", problems)); //$NON-NLS-1$
		}
		// the slow part, on every processor, outside the locks
		List<String> hashes = clients.parallelStream().map(c -> hasher.hash(c.password())).toList();
		return change(() -> {
			List<String> taken = new ArrayList<>();
			for (int i = 0; i < clients.size(); i++) {
				if (findLocked(clients.get(i).clientId()).isPresent()) {
					taken.add(where.apply(i) + ": " + NLS.bind(Messages.Registry_duplicateId, clients.get(i).clientId())); //$NON-NLS-1$
				}
			}
			if (!taken.isEmpty()) {
				throw new RegistryException(String.join("\n", taken)); //$NON-NLS-1$
			}
			List<RegisteredClient> added = new ArrayList<>();
			Date now = new Date();
			for (int i = 0; i < clients.size(); i++) {
				NewClient source = clients.get(i);
				RegisteredClient client = ClientsFactory.eINSTANCE.createRegisteredClient();
				client.setClientId(source.clientId());
				client.setName(source.name() == null || source.name().isBlank() ? source.clientId() : source.name().trim());
				client.setDescription(source.description() == null ? "" : source.description()); //$NON-NLS-1$
				client.setPasswordHash(hashes.get(i));
				client.setEnabled(source.enabled());
				client.setCreated(now);
				client.getPublishPatterns().addAll(publish.get(i));
				client.getSubscribePatterns().addAll(subscribe.get(i));
				added.add(client);
			}
			registry.getClients().addAll(added); // one notification for the whole fleet
			added.forEach(index::put);
			return added;
		});
	}

	@Override
	public void update(String clientId, String name, String description) throws RegistryException {
		change(() -> {
			RegisteredClient client = require(clientId);
			client.setName(name == null || name.isBlank() ? clientId : name.trim());
			client.setDescription(description == null ? "" : description); //$NON-NLS-1$
			return client;
		});
	}

	@Override
	public void setPassword(String clientId, char[] password) throws RegistryException {
		checkPassword(password);
		String hash = hasher.hash(password);
		change(() -> {
			RegisteredClient client = require(clientId);
			client.setPasswordHash(hash);
			index.put(client);
			return client;
		});
	}

	@Override
	public void setEnabled(String clientId, boolean enabled) throws RegistryException {
		change(() -> {
			RegisteredClient client = require(clientId);
			client.setEnabled(enabled);
			index.put(client);
			return client;
		});
	}

	@Override
	public void setPermissions(String clientId, List<String> publish, List<String> subscribe)
			throws RegistryException {
		List<String> pub = PatternRule.check(publish);
		List<String> sub = PatternRule.check(subscribe);
		change(() -> {
			RegisteredClient client = require(clientId);
			client.getPublishPatterns().clear();
			client.getPublishPatterns().addAll(pub);
			client.getSubscribePatterns().clear();
			client.getSubscribePatterns().addAll(sub);
			index.put(client);
			return client;
		});
	}

	/** A change of the registry, made on the latest content of the file. */
	@FunctionalInterface
	private interface Change<R> {
		R apply() throws RegistryException;
	}

	/**
	 * Applies a change as one step no other writer (another thread, the command line, a headless broker) can come
	 * between: under the file's writer lock, the file is read again if someone changed it, the change is applied and
	 * the file written. The change is acknowledged (this method returns) only once it is on disk.
	 */
	private <R> R change(Change<R> change) throws RegistryException {
		synchronized (lock) {
			if (readOnly) {
				throw new RegistryException(loadProblem.message());
			}
			try (InterProcessLock.Held held = file.lock()) {
				refreshFromDisk();
				R result = change.apply();
				save();
				return result;
			} catch (IOException e) {
				throw new RegistryException(NLS.bind(Messages.Registry_saveFailed, file.path(), e.getMessage()), e);
			}
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
		change(() -> {
			RegisteredClient client = require(clientId);
			registry.getClients().remove(client);
			index.remove(clientId);
			return client;
		});
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
			pendingSave = saver.schedule(this::saveLastSeen, LAST_SEEN_SAVE_DELAY_MS, TimeUnit.MILLISECONDS);
		}
	}

	/**
	 * Saves last-seen times into what is on disk now: the file is read again under the lock first, so that clients
	 * added, disabled or given a new password by another process meanwhile stay as that process left them.
	 */
	private void saveLastSeen() {
		try {
			change(() -> null);
		} catch (RegistryException e) {
			// Only last-seen times are at stake; the next change reports the problem.
		}
	}

	/** Picks up changes another process made, so that they reach the broker without waiting for a connect. */
	private void watch() {
		if (file.changedOnDisk()) {
			synchronized (lock) {
				refreshFromDisk();
			}
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
		if (pendingSave != null && !pendingSave.isDone()) {
			saveLastSeen();
		}
	}

}
