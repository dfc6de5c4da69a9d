package org.iotbench.sessions.remote.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.UnknownHostException;

import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.internal.remote.Backoff;
import org.iotbench.sessions.internal.remote.ConnectFailure;
import org.iotbench.sessions.internal.remote.FailureReasons;
import org.junit.jupiter.api.Test;

/** Reasons for codes Mosquitto does not send in the broker tests, and the reconnection back-off. */
class FailureReasonsTest {

	private static final RemoteSettings SETTINGS = RemoteSettings.of("broker.example", 1883, "bench-1");

	@Test
	void mqtt311Refusals() {
		assertEquals("the broker refused the user name or password",
				FailureReasons.v3Refusal(4, SETTINGS).getMessage());
		assertEquals("not authorized: the broker refused the connection (check the user name and password)",
				FailureReasons.v3Refusal(5, SETTINGS).getMessage());
		assertEquals("the broker rejected the client ID \"bench-1\"",
				FailureReasons.v3Refusal(2, SETTINGS).getMessage());
		assertEquals("the broker does not accept MQTT 3.1.1", FailureReasons.v3Refusal(1, SETTINGS).getMessage());
		assertTrue(FailureReasons.v3Refusal(3, SETTINGS).retryable(), "server unavailable may pass");
		assertFalse(FailureReasons.v3Refusal(4, SETTINGS).retryable());
		assertNull(FailureReasons.v3Refusal(32103, SETTINGS));
	}

	@Test
	void mqtt5Refusals() {
		assertEquals("the broker refused the user name or password",
				FailureReasons.v5Refusal(0x86, SETTINGS).getMessage());
		assertEquals("not authorized: the broker refused the connection (check the user name and password)",
				FailureReasons.v5Refusal(0x87, SETTINGS).getMessage());
		assertEquals("the broker rejected the client ID \"bench-1\"",
				FailureReasons.v5Refusal(0x85, SETTINGS).getMessage());
		assertEquals("the broker refused the connection (reason code 0x99)",
				FailureReasons.v5Refusal(0x99, SETTINGS).getMessage());
		assertTrue(FailureReasons.v5Refusal(0x89, SETTINGS).retryable(), "server busy may pass");
		assertNull(FailureReasons.v5Refusal(0x00, SETTINGS));
		assertNull(FailureReasons.v5Refusal(32000, SETTINGS));
	}

	@Test
	void networkCauses() {
		ConnectFailure unknown = FailureReasons.fromCause(new Exception("wrapped", new UnknownHostException("x")),
				SETTINGS);
		assertEquals("no such host: broker.example", unknown.getMessage());
		assertEquals("no broker answers at broker.example:1883",
				FailureReasons.fromCause(new ConnectException("Connection refused"), SETTINGS).getMessage());
		assertEquals("the broker at broker.example:1883 did not answer within 10 s",
				FailureReasons.timeout(SETTINGS).getMessage());
		assertEquals("the connection to broker.example:1883 was lost: the broker closed it",
				FailureReasons.lost(new Exception(new EOFException()), SETTINGS));
		assertEquals("the broker at broker.example:1883 disconnected the session: "
				+ "another client connected with the same client ID",
				FailureReasons.disconnectedByBroker(0x8E, null, SETTINGS));
	}

	@Test
	void backoffDoublesToThirtySeconds() {
		Backoff backoff = new Backoff(1, 30);
		long[] delays = new long[8];
		for (int i = 0; i < delays.length; i++) {
			delays[i] = backoff.next();
		}
		assertEquals("[1, 2, 4, 8, 16, 30, 30, 30]", java.util.Arrays.toString(delays));
		backoff.reset();
		assertEquals(1, backoff.next());
	}
}
