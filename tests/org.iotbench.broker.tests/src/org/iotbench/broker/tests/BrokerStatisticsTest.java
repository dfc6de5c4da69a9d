package org.iotbench.broker.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.BrokerStatistics;
import org.iotbench.tests.support.Device;
import org.iotbench.tests.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker's counters against a known number of messages. */
class BrokerStatisticsTest {

	@TempDir
	Path folder;
	private LocalBrokerFixture fixture;

	@BeforeEach
	void start() throws Exception {
		fixture = new LocalBrokerFixture(folder);
		fixture.registry.register("Sensor", "sensor", "pwd".toCharArray(), "");
		fixture.registry.register("Lamp", "lamp", "pwd".toCharArray(), "");
	}

	@AfterEach
	void stop() {
		fixture.close();
	}

	@Test
	void countsMessagesBytesClientsAndRefusals() throws Exception {
		try (Device sensor = new Device(fixture.port, "sensor"); Device lamp = new Device(fixture.port, "lamp");
				Device intruder = new Device(fixture.port, "intruder")) {
			sensor.connectAsEsp32("pwd");
			lamp.connectAsEsp32("pwd");
			lamp.client.subscribe("sensors/#", 1); // the lamp receives the sensor's 50 messages
			assertThrows(MqttException.class, () -> intruder.connectAsEsp32("guess"));
			for (int i = 0; i < 50; i++) {
				sensor.client.publish("sensors/t", "0123456789".getBytes(), 1, false); // QoS 1: all accepted
			}
			lamp.client.publish("lamps/1", "on".getBytes(), 1, false);
			fixture.broker.publish(new BrokerMessage("cmd/all", "off".getBytes(), 0, false, BrokerMessage.WORKBENCH));

			assertTrue(Eventually.within(10, () -> fixture.broker.statistics().messagesIn() == 51),
					"51 messages received: " + fixture.broker.statistics());
			BrokerStatistics statistics = fixture.broker.statistics();
			assertEquals(502, statistics.bytesIn());
			assertTrue(Eventually.within(10, () -> fixture.broker.statistics().messagesOut() == 50),
					"50 messages sent: " + fixture.broker.statistics());
			statistics = fixture.broker.statistics();
			assertEquals(500, statistics.bytesOut());
			assertEquals(0, statistics.dropped());
			assertEquals(2, statistics.connectedClients());
			assertEquals(1, statistics.refused());
			assertEquals(1, statistics.published());
			assertEquals(new BrokerStatistics.ClientCounters(50, 500, 0, 0, 0), statistics.perClient().get("sensor"));
			assertEquals(new BrokerStatistics.ClientCounters(1, 2, 50, 500, 0), statistics.perClient().get("lamp"));

			lamp.client.disconnect();
			assertTrue(Eventually.within(10, () -> fixture.broker.statistics().connectedClients() == 1),
					"the lamp left: " + fixture.broker.statistics());
		}
	}
}
