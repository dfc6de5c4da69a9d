package org.iotbench.slf4j;

import org.slf4j.MDC;
import org.slf4j.helpers.FormattingTuple;
import org.slf4j.helpers.MarkerIgnoringBase;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger that hands every enabled call to {@link LogBridge}. */
public final class BridgeLogger extends MarkerIgnoringBase {

	private static final long serialVersionUID = 1L;
	private static final Object[] NONE = {};

	private final boolean trace;
	private final boolean debug;
	private final boolean info;
	private final boolean warn;
	private final boolean error;

	public BridgeLogger(String name) {
		this.name = name;
		trace = LogBridge.enabled(name, "TRACE"); //$NON-NLS-1$
		debug = LogBridge.enabled(name, "DEBUG"); //$NON-NLS-1$
		info = LogBridge.enabled(name, "INFO"); //$NON-NLS-1$
		warn = LogBridge.enabled(name, "WARN"); //$NON-NLS-1$
		error = LogBridge.enabled(name, "ERROR"); //$NON-NLS-1$
	}

	private void log(String level, String format, Object[] arguments) {
		FormattingTuple tuple = MessageFormatter.arrayFormat(format, arguments);
		LogBridge.publish(new LogEntry(level, name, format, arguments, tuple.getMessage(), tuple.getThrowable(),
				MDC.get("channel"), client())); //$NON-NLS-1$
	}

	private void log(String level, String message, Throwable cause) {
		LogBridge.publish(new LogEntry(level, name, message, NONE, message, cause, MDC.get("channel"), client())); //$NON-NLS-1$
	}

	/** Moquette writes the client ID as {@code [id]}. */
	private static String client() {
		String client = MDC.get("client.id"); //$NON-NLS-1$
		if (client != null && client.startsWith("[") && client.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
			return client.substring(1, client.length() - 1);
		}
		return client;
	}

	// @formatter:off
	@Override public boolean isTraceEnabled() { return trace; }
	@Override public void trace(String msg) { if (trace) log("TRACE", msg, NONE); } //$NON-NLS-1$
	@Override public void trace(String f, Object a) { if (trace) log("TRACE", f, new Object[] { a }); } //$NON-NLS-1$
	@Override public void trace(String f, Object a, Object b) { if (trace) log("TRACE", f, new Object[] { a, b }); } //$NON-NLS-1$
	@Override public void trace(String f, Object... a) { if (trace) log("TRACE", f, a); } //$NON-NLS-1$
	@Override public void trace(String msg, Throwable t) { if (trace) log("TRACE", msg, t); } //$NON-NLS-1$
	@Override public boolean isDebugEnabled() { return debug; }
	@Override public void debug(String msg) { if (debug) log("DEBUG", msg, NONE); } //$NON-NLS-1$
	@Override public void debug(String f, Object a) { if (debug) log("DEBUG", f, new Object[] { a }); } //$NON-NLS-1$
	@Override public void debug(String f, Object a, Object b) { if (debug) log("DEBUG", f, new Object[] { a, b }); } //$NON-NLS-1$
	@Override public void debug(String f, Object... a) { if (debug) log("DEBUG", f, a); } //$NON-NLS-1$
	@Override public void debug(String msg, Throwable t) { if (debug) log("DEBUG", msg, t); } //$NON-NLS-1$
	@Override public boolean isInfoEnabled() { return info; }
	@Override public void info(String msg) { if (info) log("INFO", msg, NONE); } //$NON-NLS-1$
	@Override public void info(String f, Object a) { if (info) log("INFO", f, new Object[] { a }); } //$NON-NLS-1$
	@Override public void info(String f, Object a, Object b) { if (info) log("INFO", f, new Object[] { a, b }); } //$NON-NLS-1$
	@Override public void info(String f, Object... a) { if (info) log("INFO", f, a); } //$NON-NLS-1$
	@Override public void info(String msg, Throwable t) { if (info) log("INFO", msg, t); } //$NON-NLS-1$
	@Override public boolean isWarnEnabled() { return warn; }
	@Override public void warn(String msg) { if (warn) log("WARN", msg, NONE); } //$NON-NLS-1$
	@Override public void warn(String f, Object a) { if (warn) log("WARN", f, new Object[] { a }); } //$NON-NLS-1$
	@Override public void warn(String f, Object a, Object b) { if (warn) log("WARN", f, new Object[] { a, b }); } //$NON-NLS-1$
	@Override public void warn(String f, Object... a) { if (warn) log("WARN", f, a); } //$NON-NLS-1$
	@Override public void warn(String msg, Throwable t) { if (warn) log("WARN", msg, t); } //$NON-NLS-1$
	@Override public boolean isErrorEnabled() { return error; }
	@Override public void error(String msg) { if (error) log("ERROR", msg, NONE); } //$NON-NLS-1$
	@Override public void error(String f, Object a) { if (error) log("ERROR", f, new Object[] { a }); } //$NON-NLS-1$
	@Override public void error(String f, Object a, Object b) { if (error) log("ERROR", f, new Object[] { a, b }); } //$NON-NLS-1$
	@Override public void error(String f, Object... a) { if (error) log("ERROR", f, a); } //$NON-NLS-1$
	@Override public void error(String msg, Throwable t) { if (error) log("ERROR", msg, t); } //$NON-NLS-1$
	// @formatter:on
}
