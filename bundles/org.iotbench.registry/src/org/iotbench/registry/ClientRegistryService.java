package org.iotbench.registry;

import java.util.List;
import java.util.Optional;

import org.iotbench.clients.ClientRegistry;
import org.iotbench.clients.RegisteredClient;

/**
 * The clients permitted to connect to the local broker. Only the client ID and the password take part in verification;
 * the name is a label. Every change is saved before the method returns.
 * <p>
 * The model returned by {@link #registry()} is for reading and for listening (EMF adapters); change it only through
 * this service. Notifications about online state arrive on broker threads.
 */
public interface ClientRegistryService {

	ClientRegistry registry();

	Optional<RegisteredClient> find(String clientId);

	RegisteredClient register(String name, String clientId, char[] password, String description)
			throws RegistryException;

	/**
	 * Registers a fleet in one change: every client or none. Each is checked first (client ID, password, topic
	 * permissions, no ID twice, none registered already); the problems of all of them are reported together, each
	 * with its position in the list (from 1). The slow hashes are made in parallel.
	 *
	 * @throws RegistryException with one line per problem, {@code "<position>: <problem>"}; nothing is registered
	 */
	default List<RegisteredClient> registerAll(List<NewClient> clients) throws RegistryException {
		return registerAll(clients, i -> Integer.toString(i + 1));
	}

	/**
	 * Registers a fleet as {@link #registerAll(List)} does, naming each client in a problem as {@code where} says (a
	 * line of a file, for instance).
	 */
	List<RegisteredClient> registerAll(List<NewClient> clients, java.util.function.IntFunction<String> where)
			throws RegistryException;

	void update(String clientId, String name, String description) throws RegistryException;

	void setPassword(String clientId, char[] password) throws RegistryException;

	void setEnabled(String clientId, boolean enabled) throws RegistryException;

	void remove(String clientId) throws RegistryException;

	/**
	 * Checks a device's credentials. Fast for a client whose password was verified before since the registry was
	 * opened; the first check of a client costs one slow hash.
	 */
	Verdict verify(String clientId, byte[] password);

	/**
	 * Restricts where a client may publish and subscribe: MQTT topic filters, {@code %c} standing for its client ID.
	 * Empty lists mean anywhere (the default).
	 */
	void setPermissions(String clientId, java.util.List<String> publish, java.util.List<String> subscribe)
			throws RegistryException;

	/** Whether a client may publish to a topic. Fast: called for every message. */
	boolean mayPublish(String clientId, String topic);

	/** Whether a client may subscribe to a topic filter (or receive a topic). */
	boolean maySubscribe(String clientId, String filter);

	/** Records that a client connected from an address. */
	void markOnline(String clientId, String address);

	/** Records that a client went away; its last-seen time is saved. */
	void markOffline(String clientId);

	/** The problem met when the registry file was read, if any. */
	Optional<LoadProblem> loadProblem();

	/** A client ID that is not registered yet, short enough for any MQTT 3.1.1 broker. */
	String newClientId();
}
