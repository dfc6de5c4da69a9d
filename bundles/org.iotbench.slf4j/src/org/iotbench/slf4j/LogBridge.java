package org.iotbench.slf4j;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Where the SLF4J log calls of Moquette and Netty go. Warnings and errors are printed to standard error unless a
 * listener handles them; a few loggers whose INFO messages say why a connection was refused are passed to listeners
 * too, so that the broker can tell the user.
 * <p>
 * The system property {@code iotbench.log.level} ({@code DEBUG}, {@code INFO}, {@code WARN}, {@code ERROR}) sets
 * what is printed; the default is {@code WARN}.
 */
public final class LogBridge {

	/** Loggers whose INFO calls are passed to listeners (they report refused connections). */
	private static final Set<String> INFO_LOGGERS = Set.of("io.moquette.broker.MQTTConnection", //$NON-NLS-1$
			"io.moquette.broker.NewNettyMQTTHandler", "io.moquette.broker.PostOffice"); //$NON-NLS-1$ //$NON-NLS-2$

	private static final List<Consumer<LogEntry>> LISTENERS = new CopyOnWriteArrayList<>();
	private static final int PRINT_LEVEL = rank(System.getProperty("iotbench.log.level", "WARN")); //$NON-NLS-1$ //$NON-NLS-2$

	private LogBridge() {
	}

	public static void addListener(Consumer<LogEntry> listener) {
		LISTENERS.add(listener);
	}

	public static void removeListener(Consumer<LogEntry> listener) {
		LISTENERS.remove(listener);
	}

	static boolean enabled(String logger, String level) {
		int rank = rank(level);
		return rank >= PRINT_LEVEL || rank >= rank("INFO") && INFO_LOGGERS.contains(logger); //$NON-NLS-1$
	}

	static void publish(LogEntry entry) {
		for (Consumer<LogEntry> listener : LISTENERS) {
			try {
				listener.accept(entry);
			} catch (RuntimeException e) {
				e.printStackTrace();
			}
		}
		if (rank(entry.level()) >= PRINT_LEVEL) {
			System.err.println("[" + entry.level() + "] " + shortName(entry.logger()) + ": " + entry.message()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (entry.cause() != null && PRINT_LEVEL <= rank("DEBUG")) { //$NON-NLS-1$
				entry.cause().printStackTrace();
			} else if (entry.cause() != null) {
				System.err.println("  caused by " + entry.cause()); //$NON-NLS-1$
			}
		}
	}

	private static String shortName(String logger) {
		int dot = logger.lastIndexOf('.');
		return dot < 0 ? logger : logger.substring(dot + 1);
	}

	static int rank(String level) {
		return switch (level.toUpperCase(java.util.Locale.ROOT)) {
		case "TRACE" -> 0; //$NON-NLS-1$
		case "DEBUG" -> 1; //$NON-NLS-1$
		case "INFO" -> 2; //$NON-NLS-1$
		case "WARN" -> 3; //$NON-NLS-1$
		case "OFF" -> 5; //$NON-NLS-1$
		default -> 4;
		};
	}
}
