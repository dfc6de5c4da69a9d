package org.iotbench.registry;

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
