package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.broker.Messages;

import org.iotbench.broker.internal.LogPatterns;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

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

	private static Path folder;
	private static LocalBrokerFixture fixture;

	@BeforeAll
	static void start() throws Exception {
		folder = Files.createTempDirectory("iotbench-log-patterns");
		fixture = new LocalBrokerFixture(folder);
	}

	@AfterAll
	static void stop() {
		fixture.close();
	}

	/** One message Moquette logs, and the Connection Log entry the broker must make of it. */
	private record Case(String logger, String format, Object argument, ConnectionEvent.Kind kind, String reason) {
	}

	/**
	 * Each message the broker reads, logged as Moquette 0.17 logs it (its logger, its format, the connection in the
	 * logging context) about a connection of this broker, becomes a Connection Log entry with the reason in words.
	 */
	@TestFactory
	Stream<DynamicTest> eachMessageBecomesAConnectionLogEntryWithItsReason() {
		String connection = "io.moquette.broker.MQTTConnection";
		List<Case> cases = List.of(
				new Case(connection, "Client didn't supply any password and MQTT anonymous mode is disabled CId={}",
						"board-1", ConnectionEvent.Kind.REFUSED, Messages.Refusal_noPassword),
				new Case(connection, "Client didn't supply any credentials and MQTT anonymous mode is disabled. CId={}",
						"board-2", ConnectionEvent.Kind.REFUSED, Messages.Refusal_noCredentials),
				new Case(connection, "MQTT protocol version is not valid. CId: {}", "board-3",
						ConnectionEvent.Kind.REFUSED, Messages.Refusal_protocol),
				new Case(connection, "Broker doesn't permit MQTT empty client ID. Username: {}", "someone",
						ConnectionEvent.Kind.REFUSED, Messages.Refusal_emptyClientId),
				new Case(connection, "MQTT client ID cannot be empty for persistent session. Username: {}", "someone",
						ConnectionEvent.Kind.REFUSED, Messages.Refusal_emptyClientId),
				new Case(connection, "SUBSCRIBE received on already closed connection", null,
						ConnectionEvent.Kind.CLOSED_BY_BROKER, Messages.Closed_subscribeBeforeConnack),
				new Case("io.moquette.broker.NewNettyMQTTHandler",
						"Unexpected exception while processing MQTT message. Closing Netty channel. CId={}", "board-7",
						ConnectionEvent.Kind.CLOSED_BY_BROKER,
						org.eclipse.osgi.util.NLS.bind(Messages.Closed_protocolError,
								"IllegalStateException: broken on purpose")));
		assertEquals(LogPatterns.all().values().stream().mapToInt(List::size).sum() - 1, cases.size(),
				"a case for each message read (the full queue has its own test)");
		List<DynamicTest> tests = new ArrayList<>();
		for (Case c : cases) {
			tests.add(DynamicTest.dynamicTest(c.format(), () -> {
				int before = fixture.log().size();
				log(c.logger(), c.format(), c.argument());
				assertTrue(Eventually.within(5, () -> fixture.log().stream().skip(before)
						.anyMatch(e -> e.kind() == c.kind() && e.reason().equals(c.reason())
								&& e.address().startsWith("192.0.2.7"))),
						"no " + c.kind() + " entry \"" + c.reason() + "\" in " + fixture.log().subList(before,
								fixture.log().size()));
			}));
		}
		return tests.stream();
	}

	/** Moquette's "queue full" warning is a dropped message in the statistics. */
	@Test
	void aFullSessionQueueCountsADroppedMessage() throws Exception {
		long before = fixture.broker.statistics().dropped();
		log("io.moquette.broker.SessionEventLoopGroup", "Session command queue {} is full executing action {}", 1,
				"PUB QoS0");
		assertTrue(Eventually.within(5, () -> fixture.broker.statistics().dropped() == before + 1),
				"dropped: " + fixture.broker.statistics().dropped());
	}

	/** As Moquette logs: the connection in the logging context (as its MQTTMessageLogger puts it), then the call. */
	private static void log(String name, String format, Object... arguments) {
		Logger logger = LoggerFactory.getLogger(name);
		MDC.put("channel", "[id: 0x0badcafe, L:/127.0.0.1:" + fixture.port + " - R:/192.0.2.7:50123]");
		try {
			if (name.endsWith("NewNettyMQTTHandler")) {
				logger.error(format, arguments[0], new IllegalStateException("broken on purpose"));
			} else if (name.endsWith("SessionEventLoopGroup")) {
				logger.warn(format, arguments);
			} else if (arguments.length == 1 && arguments[0] == null) {
				logger.info(format);
			} else {
				logger.info(format, arguments);
			}
		} finally {
			MDC.remove("channel");
		}
	}
}
