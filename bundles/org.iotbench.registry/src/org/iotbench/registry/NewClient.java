package org.iotbench.registry;

import java.util.List;

/**
 * A client to register as one of a fleet ({@link ClientRegistryService#registerAll(List)}).
 *
 * @param clientId    the client ID, the identity a device connects with
 * @param password    its password
 * @param name        a label, or {@code null} for the client ID
 * @param description free text, or {@code null}
 * @param publish     topic filters it may publish to ({@code %c} for its client ID); empty for anywhere
 * @param subscribe   topic filters it may subscribe within; empty for anywhere
 * @param enabled     whether it may connect
 */
public record NewClient(String clientId, char[] password, String name, String description, List<String> publish,
		List<String> subscribe, boolean enabled) {

	public NewClient {
		publish = publish == null ? List.of() : List.copyOf(publish);
		subscribe = subscribe == null ? List.of() : List.copyOf(subscribe);
	}

	/** An enabled client. */
	public NewClient(String clientId, char[] password, String name, String description, List<String> publish,
			List<String> subscribe) {
		this(clientId, password, name, description, publish, subscribe, true);
	}
}
