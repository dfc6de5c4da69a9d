package org.iotbench.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** The benchmark's clients: IDs {@code bench-0000}, {@code bench-0001}, ... with a random password each. */
final class Fleet {

	/** The client that publishes in the throughput loads. */
	static final int PUBLISHER = 0;
	/** The client that subscribes in the throughput loads. */
	static final int SUBSCRIBER = 1;

	private static final int PASSWORD_BYTES = 12;

	private final List<String> ids;
	private final List<String> passwords;

	private Fleet(List<String> ids, List<String> passwords) {
		this.ids = ids;
		this.passwords = passwords;
	}

	static Fleet generate(int size) {
		SecureRandom random = new SecureRandom();
		HexFormat hex = HexFormat.of();
		List<String> ids = new ArrayList<>(size);
		List<String> passwords = new ArrayList<>(size);
		byte[] bytes = new byte[PASSWORD_BYTES];
		for (int i = 0; i < size; i++) {
			ids.add(String.format(Locale.ROOT, "bench-%04d", i));
			random.nextBytes(bytes);
			passwords.add(hex.formatHex(bytes));
		}
		return new Fleet(List.copyOf(ids), List.copyOf(passwords));
	}

	/** The first clients of this fleet, with the same passwords. */
	Fleet first(int count) {
		return new Fleet(ids.subList(0, count), passwords.subList(0, count));
	}

	int size() {
		return ids.size();
	}

	String id(int index) {
		return ids.get(index);
	}

	/** The password in plain text: hex digits only, so that it fits a {@code user:password} line. */
	String password(int index) {
		return passwords.get(index);
	}
}
