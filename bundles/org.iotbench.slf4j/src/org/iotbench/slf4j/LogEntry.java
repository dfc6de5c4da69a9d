package org.iotbench.slf4j;

/**
 * One log call of a library that logs through SLF4J (Moquette, Netty).
 *
 * @param level   one of {@code TRACE DEBUG INFO WARN ERROR}
 * @param logger  the logger name, usually a class name
 * @param format  the message pattern as written in the library's source, before arguments are filled in
 * @param message the formatted message
 * @param cause   the exception logged with it, or {@code null}
 * @param channel the network channel the calling thread was working for ({@code MDC "channel"}), or {@code null}
 * @param client  the client ID Moquette had bound to that channel ({@code MDC "client.id"}), or {@code null}
 */
public record LogEntry(String level, String logger, String format, Object[] arguments, String message,
		Throwable cause, String channel, String client) {
}
