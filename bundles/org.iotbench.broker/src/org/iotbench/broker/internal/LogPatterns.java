package org.iotbench.broker.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.moquette.broker.Server;

/**
 * The log messages of Moquette 0.17 that the broker turns into connection log entries and counters
 * ({@link RefusalListener}, {@link QueueOverflowListener}), each with the class that logs it. A Moquette whose
 * classes no longer hold one of them would leave refusals unexplained without a word: {@link #missing()} finds them
 * in the class files when the broker starts.
 */
public final class LogPatterns {

	private LogPatterns() {
	}

	/** Class name → the message patterns it must hold. */
	public static Map<String, List<String>> all() {
		Map<String, List<String>> patterns = new LinkedHashMap<>();
		List<String> connection = new ArrayList<>(RefusalListener.REASONS.keySet());
		connection.add(RefusalListener.SUBSCRIBE_TOO_EARLY);
		patterns.put(RefusalListener.CONNECTION_LOGGER, connection);
		patterns.put(RefusalListener.HANDLER_LOGGER, List.of(RefusalListener.HANDLER_FAILURE));
		patterns.put(QueueOverflowListener.LOGGER, List.of(QueueOverflowListener.QUEUE_FULL));
		return patterns;
	}

	/** The patterns not found in the classes of the Moquette in use, as "class: pattern"; empty when all are there. */
	public static List<String> missing() {
		return missing(all());
	}

	/** The patterns of {@code patterns} (class name → messages) not found in the Moquette in use. */
	public static List<String> missing(Map<String, List<String>> patterns) {
		List<String> missing = new ArrayList<>();
		patterns.forEach((type, formats) -> {
			String bytes = classBytes(type);
			for (String format : formats) {
				if (bytes == null || !bytes.contains(format)) {
					missing.add(type + ": " + format); //$NON-NLS-1$
				}
			}
		});
		return missing;
	}

	/** The class file as ISO-8859-1 text: its constant pool holds the ASCII messages byte for byte. */
	private static String classBytes(String type) {
		String resource = type.replace('.', '/') + ".class"; //$NON-NLS-1$
		try (InputStream in = Server.class.getClassLoader().getResourceAsStream(resource)) {
			return in == null ? null : new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			return null;
		}
	}
}
