package org.iotbench.bench;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttException;

/**
 * The broker's latency at a steady rate: the fleet's publisher sends {@value #WARM_UP} + {@value #MESSAGES} QoS 0
 * messages at {@value #RATE} per second to the fleet's subscriber (both Paho clients in this JVM), each carrying
 * {@link System#nanoTime()} taken just before it was handed to Paho; the subscriber takes the difference when Paho
 * hands the message over. The first {@value #WARM_UP} are not measured. The figure includes both clients' time, the
 * same for every broker.
 */
final class LatencyLoad {

	static final int MESSAGES = 5_000;
	static final int WARM_UP = 200;
	static final int RATE = 1_000;

	private static final Duration STRAGGLER_LIMIT = Duration.ofSeconds(5);
	private static final Duration STRAGGLER_IDLE = Duration.ofSeconds(1);

	private final ClientFactory clients;
	private final Endpoint endpoint;
	private final BooleanSupplier cancelled;

	LatencyLoad(ClientFactory clients, Endpoint endpoint, BooleanSupplier cancelled) {
		this.clients = clients;
		this.endpoint = endpoint;
		this.cancelled = cancelled;
	}

	Latency run(String topic) throws MqttException, InterruptedException {
		int total = WARM_UP + MESSAGES;
		LatencySamples samples = new LatencySamples(WARM_UP, MESSAGES);
		try (Subscription subscription = Subscription.open(clients, endpoint, topic, 0, samples)) {
			MqttAsyncClient publisher = clients.connect(endpoint, Fleet.PUBLISHER, null);
			try {
				String problem = new PacedPublisher(RATE, cancelled).publish(publisher, topic, total, subscription);
				subscription.awaitStragglers(total, STRAGGLER_LIMIT, STRAGGLER_IDLE,
						() -> publisher.getPendingDeliveryTokens().length == 0);
				return samples.summary(problem);
			} finally {
				ClientFactory.release(publisher);
			}
		}
	}
}
