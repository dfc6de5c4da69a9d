package org.iotbench.registry;

import java.security.SecureRandom;
import java.util.function.Predicate;

/** Generated client IDs and strong passwords, offered when a client is registered. */
public final class CredentialGenerator {

	/** Lower-case letters and digits without look-alikes (l, 1, o, 0), easy to type into firmware. */
	private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; //$NON-NLS-1$
	/** Letters, digits and a few symbols that need no escaping in C, Python or shell strings. */
	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789-_.~"; //$NON-NLS-1$
	private static final int ID_RANDOM_CHARS = 8;
	/** 20 characters from a 61-symbol alphabet: about 118 bits. */
	private static final int PASSWORD_LENGTH = 20;

	private final SecureRandom random = new SecureRandom();

	/** A client ID like {@code dev-k3m8x2pq} for which {@code taken} is false. */
	public String clientId(Predicate<String> taken) {
		String id;
		do {
			id = "dev-" + randomString(ID_ALPHABET, ID_RANDOM_CHARS); //$NON-NLS-1$
		} while (taken.test(id));
		return id;
	}

	public char[] password() {
		return randomString(PASSWORD_ALPHABET, PASSWORD_LENGTH).toCharArray();
	}

	private String randomString(String alphabet, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return out.toString();
	}
}
