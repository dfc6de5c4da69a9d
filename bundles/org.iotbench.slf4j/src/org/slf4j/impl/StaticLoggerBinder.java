package org.slf4j.impl;

import java.util.concurrent.ConcurrentHashMap;

import org.iotbench.slf4j.BridgeLogger;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.spi.LoggerFactoryBinder;

/** SLF4J 1.7 binding entry point: the name and shape are fixed by SLF4J. */
public final class StaticLoggerBinder implements LoggerFactoryBinder {

	/** Read by SLF4J to check compatibility. */
	public static String REQUESTED_API_VERSION = "1.6.99"; //$NON-NLS-1$

	private static final StaticLoggerBinder SINGLETON = new StaticLoggerBinder();

	private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();
	private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, BridgeLogger::new);

	public static StaticLoggerBinder getSingleton() {
		return SINGLETON;
	}

	@Override
	public ILoggerFactory getLoggerFactory() {
		return factory;
	}

	@Override
	public String getLoggerFactoryClassStr() {
		return BridgeLogger.class.getName();
	}
}
