package org.iotbench.broker.tests;

import static org.iotbench.broker.tests.Packets.CLEAN;
import static org.iotbench.broker.tests.Packets.PASSWORD;
import static org.iotbench.broker.tests.Packets.USERNAME;
import static org.iotbench.broker.tests.Packets.WILL;
import static org.iotbench.broker.tests.Packets.WILL_RETAIN;
import static org.iotbench.broker.tests.Packets.concat;
import static org.iotbench.broker.tests.Packets.connect;
import static org.iotbench.broker.tests.Packets.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.iotbench.broker.ConnectionEvent;
import org.iotbench.tests.support.Eventually;
import org.iotbench.tests.support.Mosquitto;
import org.iotbench.tests.support.RequiredTool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * MQTT 3.1.1 section 4.8: a packet that breaks the protocol closes the connection (the normative statements are named
 * with each case). Each case runs against the embedded broker (anonymous clients allowed, so that mosquitto can be
 * asked the same) and, where Debian's mosquitto is installed, against mosquitto: both brokers must close within 1 s.
 * Against the embedded broker the connection log must say why.
 */
class ProtocolViolationTest {

	private static final byte[] BAD_UTF8 = { 'a', (byte) 0xC3, 0x28 };
	private static final byte[] NUL = { 'a', 0, 'b' };
	private static final byte[] SURROGATE = { 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80 };
	private static final byte[] OVERLONG = { 'a', (byte) 0xC0, (byte) 0xAF };

	private static BrokerAndPeer brokers;
	private static LocalBrokerFixture ours;
	private static Mosquitto mosquitto;

	@BeforeAll
	static void start() throws Exception {
		brokers = BrokerAndPeer.start("iotbench-violations");
		ours = brokers.ours;
		mosquitto = brokers.mosquitto;
	}

	@AfterAll
	static void stop() throws Exception {
		brokers.close();
	}

	/** Each violation, as the bytes a client sends. */
	static Map<String, byte[]> violations() {
		byte[] valid = connect("violator");
		Map<String, byte[]> cases = new LinkedHashMap<>();
		cases.put("a second CONNECT (MQTT-3.1.0-2)", concat(valid, connect("violator")));
		cases.put("a packet before CONNECT (MQTT-3.1.0-1)", Packets.subscribe(1, "a/b"));
		cases.put("client ID with invalid UTF-8 (MQTT-1.5.3-1)", connect(CLEAN, BAD_UTF8, null, null, null));
		cases.put("client ID with an encoded surrogate (MQTT-1.5.3-1)", connect(CLEAN, SURROGATE, null, null, null));
		cases.put("client ID with an overlong encoding (MQTT-1.5.3-1)", connect(CLEAN, OVERLONG, null, null, null));
		cases.put("client ID with U+0000 (MQTT-1.5.3-2)", connect(CLEAN, NUL, null, null, null));
		cases.put("user name with invalid UTF-8 (MQTT-1.5.3-1)",
				connect(CLEAN | USERNAME | PASSWORD, utf8("violator"), null, BAD_UTF8, utf8("pwd")));
		cases.put("user name with U+0000 (MQTT-1.5.3-2)",
				connect(CLEAN | USERNAME, utf8("violator"), null, NUL, null));
		cases.put("will topic with invalid UTF-8 (MQTT-1.5.3-1)",
				connect(CLEAN | WILL, utf8("violator"), BAD_UTF8, null, null));
		cases.put("will topic with U+0000 (MQTT-1.5.3-2)", connect(CLEAN | WILL, utf8("violator"), NUL, null, null));
		cases.put("PUBLISH topic with invalid UTF-8 (MQTT-1.5.3-1)",
				concat(valid, Packets.publish(BAD_UTF8, 0, 0, utf8("x"))));
		cases.put("PUBLISH topic with U+0000 (MQTT-1.5.3-2)", concat(valid, Packets.publish(NUL, 0, 0, utf8("x"))));
		cases.put("a password without the user name flag (MQTT-3.1.2-22)",
				connect(CLEAN | PASSWORD, utf8("violator"), null, null, utf8("pwd")));
		cases.put("will QoS without the will flag (MQTT-3.1.2-13)",
				connect(CLEAN | 0x08, utf8("violator"), null, null, null));
		cases.put("will retain without the will flag (MQTT-3.1.2-15)",
				connect(CLEAN | WILL_RETAIN, utf8("violator"), null, null, null));
		cases.put("will QoS 3 (MQTT-3.1.2-14)", connect(CLEAN | WILL | 0x18, utf8("violator"), utf8("w"), null, null));
		cases.put("the reserved CONNECT flag (MQTT-3.1.2-3)", connect(CLEAN | 0x01, utf8("violator"), null, null, null));
		cases.put("SUBSCRIBE without topic filters (MQTT-3.8.3-3)", concat(valid, Packets.subscribe(1)));
		cases.put("UNSUBSCRIBE without topic filters (MQTT-3.10.3-2)", concat(valid, Packets.unsubscribe(1)));
		cases.put("a client sending CONNACK", concat(valid, new byte[] { 0x20, 2, 0, 0 }));
		cases.put("a client sending SUBACK", concat(valid, new byte[] { (byte) 0x90, 3, 0, 1, 0 }));
		cases.put("a client sending UNSUBACK", concat(valid, Packets.ack(0xB0, 1)));
		cases.put("a client sending PINGRESP", concat(valid, new byte[] { (byte) 0xD0, 0 }));
		cases.put("reserved flags in PUBACK (MQTT-2.2.2-2)", concat(valid, Packets.ack(0x42, 1)));
		cases.put("reserved flags in PINGREQ (MQTT-2.2.2-2)", concat(valid, new byte[] { (byte) 0xC1, 0 }));
		cases.put("SUBSCRIBE with flags 0000 (MQTT-3.8.1-1)",
				concat(valid, Packets.packet(0x80, new byte[] { 0, 1, 0, 3, 'a', '/', 'b', 0 })));
		cases.put("PUBLISH with QoS 3 (MQTT-3.3.1-4)", concat(valid, Packets.publish(utf8("a/b"), 0x06, 1, utf8("x"))));
		cases.put("a remaining length too short for CONNECT's fields",
				concat(new byte[] { 0x10, 6, 0, 4, 'M', 'Q', 'T', 'T' }, new byte[] { 4, 2, 0, 0, 0, 1, 'x' }));
		cases.put("a remaining length too short for PUBLISH's topic", concat(valid, new byte[] { 0x30, 1, 0 }));
		cases.put("a remaining length too short for PUBACK", concat(valid, new byte[] { 0x40, 1, 0 }));
		return cases;
	}

	@TestFactory
	Stream<DynamicTest> theEmbeddedBrokerClosesTheConnectionAndSaysWhy() {
		List<DynamicTest> tests = new ArrayList<>();
		violations().forEach((name, bytes) -> tests.add(DynamicTest.dynamicTest(name, () -> {
			int before = ours.log().size();
			assertClosedWithin1s(ours.port, bytes, name);
			assertTrue(Eventually.within(2, () -> ours.log().stream().skip(before)
					.anyMatch(e -> e.kind() == ConnectionEvent.Kind.CLOSED_BY_BROKER)),
					"the connection log says why: " + ours.log().subList(before, ours.log().size()));
			assertEquals(0, ours.broker.deadSessionLoops(), "every session loop still runs");
		})));
		return tests.stream();
	}

	/**
	 * Violations Debian's mosquitto 2.0.11 leaves open (measured 2026-12-03): it ignores a client's SUBACK, UNSUBACK
	 * and PINGRESP and the reserved flags of PUBACK and PINGREQ. MQTT 3.1.1 says to close (4.8, MQTT-2.2.2-2); the
	 * embedded broker does. These cases are skipped against mosquitto, and listed as such in the test report.
	 */
	private static final java.util.Set<String> MOSQUITTO_LEAVES_OPEN = java.util.Set.of("a client sending SUBACK",
			"a client sending UNSUBACK", "a client sending PINGRESP", "reserved flags in PUBACK (MQTT-2.2.2-2)",
			"reserved flags in PINGREQ (MQTT-2.2.2-2)");

	@TestFactory
	Stream<DynamicTest> mosquittoAgrees() {
		List<DynamicTest> tests = new ArrayList<>();
		violations().forEach((name, bytes) -> tests.add(DynamicTest.dynamicTest(name, () -> {
			RequiredTool.assume(mosquitto != null, "mosquitto (Debian package mosquitto)");
			org.junit.jupiter.api.Assumptions.assumeFalse(MOSQUITTO_LEAVES_OPEN.contains(name),
					"mosquitto 2.0.11 leaves this open; the embedded broker is stricter here");
			assertClosedWithin1s(mosquitto.port, bytes, name);
		})));
		return tests.stream();
	}

	/** Sends the bytes; the server may answer (a CONNACK), but must close the connection within 1 s. */
	static void assertClosedWithin1s(int port, byte[] bytes, String what) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(1_000);
			socket.getOutputStream().write(bytes);
			socket.getOutputStream().flush();
			InputStream in = socket.getInputStream();
			long deadline = System.nanoTime() + 1_000_000_000L;
			byte[] buffer = new byte[256];
			while (System.nanoTime() < deadline) {
				try {
					if (in.read(buffer) < 0) {
						return; // closed
					}
				} catch (SocketTimeoutException e) {
					break;
				} catch (IOException e) {
					return; // reset: closed too
				}
			}
			fail("the connection was left open after " + what);
		}
	}
}
