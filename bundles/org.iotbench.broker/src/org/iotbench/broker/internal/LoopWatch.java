package org.iotbench.broker.internal;

import io.moquette.interception.AbstractInterceptHandler;
import io.moquette.interception.messages.InterceptExceptionMessage;

/**
 * Hears of an exception that ended one of Moquette's session loops (Moquette 0.17 neither catches it nor starts the
 * loop again: every client hashed to that loop would hang) and has the broker layer report it and revive the loop.
 */
final class LoopWatch extends AbstractInterceptHandler {

	private static final Class<?>[] TYPES = { InterceptExceptionMessage.class };

	private final BrokerLayer layer;

	LoopWatch(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public String getID() {
		return "org.iotbench.broker.loops"; //$NON-NLS-1$
	}

	@Override
	public Class<?>[] getInterceptedMessageTypes() {
		return TYPES;
	}

	@Override
	public void onSessionLoopError(Throwable error) {
		layer.loopFailed(error);
	}
}
