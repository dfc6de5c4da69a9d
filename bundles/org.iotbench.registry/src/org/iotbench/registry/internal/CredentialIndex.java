package org.iotbench.registry.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.Topics;
import org.iotbench.registry.PasswordHasher;
import org.iotbench.registry.Verdict;

/**
 * What the broker's network threads read to verify a device: an immutable entry per client ID, replaced whenever the
 * client changes. After one slow hash check succeeds, a fast keyed digest of that password is remembered in memory
 * (never on disk), so that a fleet reconnecting after a Wi-Fi outage costs one SHA-256 per device.
 */
final class CredentialIndex {

	private record Entry(String passwordHash, boolean enabled, byte[] verifiedDigest, List<String> publish,
			List<String> subscribe) {
	}

	private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
	private final PasswordHasher hasher;
	private final byte[] pepper = new byte[32];

	CredentialIndex(PasswordHasher hasher) {
		this.hasher = hasher;
		new SecureRandom().nextBytes(pepper);
	}

	void put(RegisteredClient client) {
		entries.put(client.getClientId(), new Entry(client.getPasswordHash(), client.isEnabled(), null,
				resolve(client.getPublishPatterns(), client.getClientId()),
				resolve(client.getSubscribePatterns(), client.getClientId())));
	}

	void remove(String clientId) {
		entries.remove(clientId);
	}

	void clear() {
		entries.clear();
	}

	Verdict verify(String clientId, byte[] password) {
		Entry entry = clientId == null ? null : entries.get(clientId);
		if (entry == null) {
			return Verdict.UNKNOWN_CLIENT;
		}
		if (!entry.enabled()) {
			return Verdict.DISABLED;
		}
		if (password == null) {
			return Verdict.NO_PASSWORD;
		}
		byte[] digest = digest(password);
		if (entry.verifiedDigest() != null) {
			return MessageDigest.isEqual(entry.verifiedDigest(), digest) ? Verdict.ACCEPTED : Verdict.WRONG_PASSWORD;
		}
		char[] chars = PasswordHasher.chars(password);
		try {
			if (!hasher.matches(chars, entry.passwordHash())) {
				return Verdict.WRONG_PASSWORD;
			}
		} finally {
			Arrays.fill(chars, '\0');
		}
		// Remember only if the entry was not replaced meanwhile (password changed, client disabled).
		entries.replace(clientId, entry,
				new Entry(entry.passwordHash(), true, digest, entry.publish(), entry.subscribe()));
		return Verdict.ACCEPTED;
	}

	static List<String> resolve(List<String> patterns, String clientId) {
		return patterns.stream().map(p -> p.replace("%c", clientId)).toList(); //$NON-NLS-1$
	}

	boolean mayPublish(String clientId, String topic) {
		Entry entry = clientId == null ? null : entries.get(clientId);
		return entry == null || entry.publish().isEmpty()
				|| entry.publish().stream().anyMatch(pattern -> Topics.matches(pattern, topic));
	}

	boolean maySubscribe(String clientId, String filter) {
		Entry entry = clientId == null ? null : entries.get(clientId);
		return entry == null || entry.subscribe().isEmpty()
				|| entry.subscribe().stream().anyMatch(pattern -> Topics.covers(pattern, filter));
	}

	private byte[] digest(byte[] password) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			sha.update(pepper);
			return sha.digest(password);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
