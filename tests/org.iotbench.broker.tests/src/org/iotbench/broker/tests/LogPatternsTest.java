package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.iotbench.broker.internal.LogPatterns;
import org.junit.jupiter.api.Test;

/**
 * The log messages of Moquette that the broker turns into connection log entries (refusals Moquette only logs, the
 * session queue overflow) are in the Moquette in use; the broker checks the same when it starts.
 */
class LogPatternsTest {

	@Test
	void everyLogMessageTheBrokerReadsIsInMoquette() {
		int patterns = LogPatterns.all().values().stream().mapToInt(List::size).sum();
		assertEquals(8, patterns, "the refusals, the early SUBSCRIBE, the handler failure and the full queue");
		assertEquals(List.of(), LogPatterns.missing());
	}

	@Test
	void aMessageMoquetteDoesNotLogIsReported() {
		assertEquals(List.of("io.moquette.broker.MQTTConnection: Client was refused for a reason Moquette never logs"),
				LogPatterns.missing(Map.of("io.moquette.broker.MQTTConnection",
						List.of("Client was refused for a reason Moquette never logs"))));
	}
}
