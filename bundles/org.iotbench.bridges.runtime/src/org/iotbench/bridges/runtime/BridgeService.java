package org.iotbench.bridges.runtime;

import java.util.List;
import java.util.function.Consumer;

/**
 * The bridges of the local broker: while the broker runs, each enabled bridge of the data folder's
 * {@value BridgeFile#FILE_NAME} connects to its upstream and carries the topics of its rules both ways. Changes to the
 * file (from the workbench or {@code iotbench bridges}) are applied within {@link #WATCH_SECONDS} seconds, restarting
 * only the bridges that changed.
 */
public interface BridgeService {

	int WATCH_SECONDS = 2;

	/** The status of every bridge in the file, in its order. */
	List<BridgeStatus> statuses();

	/** Listeners are told of every change of a bridge's state, on the bridge's thread. */
	void addStatusListener(Consumer<BridgeStatus> listener);

	void removeStatusListener(Consumer<BridgeStatus> listener);

	/** Reads the file now instead of at the next check, and applies what changed. */
	void reload();
}
