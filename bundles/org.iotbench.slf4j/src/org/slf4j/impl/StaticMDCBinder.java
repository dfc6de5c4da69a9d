package org.slf4j.impl;

import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;

/**
 * SLF4J 1.7 MDC binding. A real MDC (not the no-op one of slf4j-simple) lets the broker learn, while it checks a
 * device's credentials, the network address Moquette stored for that connection.
 */
public final class StaticMDCBinder {

	public static final StaticMDCBinder SINGLETON = new StaticMDCBinder();

	private final MDCAdapter adapter = new BasicMDCAdapter();

	public static StaticMDCBinder getSingleton() {
		return SINGLETON;
	}

	public MDCAdapter getMDCA() {
		return adapter;
	}

	public String getMDCAdapterClassStr() {
		return BasicMDCAdapter.class.getName();
	}
}
