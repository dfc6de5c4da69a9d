package org.iotbench.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.paho.client.mqttv3.MqttException;
import org.iotbench.bridges.Bridge;
import org.iotbench.bridges.BridgesFactory;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;
import org.iotbench.bridges.runtime.StandaloneBridges;
import org.iotbench.bridges.runtime.TopicRuleText;

/**
 * The bridge load beside mosquitto's: a device's QoS 1 messages through our broker and a bridge of ours to a
 * mosquitto, then through a mosquitto bridged to a mosquitto (mosquitto's own bridge, {@code topic bench/# out 1}),
 * with the same {@link BridgeLoad}. Prints {@code ours bridge_qos1_msgs_per_s}, the same for mosquitto, what each lost,
 * and the ratio.
 */
final class BridgeComparison {

	private static final String RULE = "bench/# out 1"; //$NON-NLS-1$
	private static final String FILTER = "bench/#"; //$NON-NLS-1$

	private final Fleet fleet;
	private final Path folder;
	private final PrintStream out;
	private final PrintStream progress;

	BridgeComparison(Fleet fleet, Path folder, PrintStream out, PrintStream progress) {
		this.fleet = fleet;
		this.folder = folder;
		this.out = out;
		this.progress = progress;
	}

	void run(EmbeddedBroker ours, int messages) throws InterruptedException {
		Path mosquitto = PeerBroker.locate().orElse(null);
		if (mosquitto == null) {
			out.println("# bridge load: mosquitto is not installed; it is the upstream of both bridges");
			return;
		}
		String topic = "bench/bridge";
		BridgeLoad.Result result = null;
		progress.println("# ours: " + messages + " QoS 1 messages through a bridge to mosquitto");
		try (BridgedMosquitto upstream = BridgedMosquitto.start(mosquitto, folder.resolve("bridge-upstream"),
				List.of())) {
			Endpoint local = ours.start();
			BridgeFile file = new BridgeFile(folder.resolve("bridge-ours").resolve(BridgeFile.FILE_NAME));
			file.change(configuration -> configuration.getBridges().add(bridge(upstream.port)));
			try (StandaloneBridges bridges = StandaloneBridges.create(ours.service(), file)) {
				bridges.reload();
				if (BridgeLoad.bridged(local.serverUri(), fleet.id(0), fleet.password(0).toCharArray(),
						upstream.serverUri(), topic)) {
					result = BridgeLoad.run(local.serverUri(), fleet.id(0), fleet.password(0).toCharArray(),
							upstream.serverUri(), topic, FILTER, messages);
					print(EmbeddedBroker.LABEL, result);
				} else {
					out.println("# ours: the bridge did not carry a message within 10 s: " + bridges.statuses());
				}
			}
		} catch (IOException | MqttException | BridgeException | BrokerStartException e) {
			out.println("# ours: the bridge load failed: " + e.getMessage());
		} finally {
			ours.stop();
		}
		progress.println("# mosquitto: " + messages + " QoS 1 messages through a mosquitto bridge to mosquitto");
		try (BridgedMosquitto upstream = BridgedMosquitto.start(mosquitto, folder.resolve("bridge-peer-upstream"),
				List.of());
				BridgedMosquitto local = BridgedMosquitto.start(mosquitto, folder.resolve("bridge-peer-local"),
						List.of("connection bench", "address " + LoopbackPorts.HOST + ':' + upstream.port,
								"topic " + RULE, "cleansession true"))) {
			if (BridgeLoad.bridged(local.serverUri(), "bench-bridge-device", null, upstream.serverUri(), topic)) {
				BridgeLoad.Result peer = BridgeLoad.run(local.serverUri(), "bench-bridge-device", null,
						upstream.serverUri(), topic, FILTER, messages);
				print(PeerBroker.LABEL, peer);
				if (result != null && peer.perSecond() > 0) {
					out.println(String.format(Locale.ROOT, "ratio bridge_qos1_msgs_per_s %.2f",
							result.perSecond() / peer.perSecond()));
				}
			} else {
				out.println("# mosquitto: its bridge did not carry a message within 10 s");
			}
		} catch (IOException | MqttException e) {
			out.println("# mosquitto: the bridge load failed: " + e.getMessage());
		}
	}

	private static Bridge bridge(int port) throws BridgeException {
		Bridge bridge = BridgesFactory.eINSTANCE.createBridge();
		bridge.setName("bench"); //$NON-NLS-1$
		bridge.setHost(LoopbackPorts.HOST);
		bridge.setPort(port);
		bridge.setClientId("iotbench-bench-bridge"); //$NON-NLS-1$
		bridge.setCleanSession(true);
		bridge.getRules().add(TopicRuleText.parse(RULE));
		return bridge;
	}

	private void print(String label, BridgeLoad.Result result) {
		out.println(String.format(Locale.ROOT, "%s bridge_qos1_msgs_per_s %.0f", label, result.perSecond()));
		out.println(String.format(Locale.ROOT, "%s bridge_qos1_lost %d", label, result.sent() - result.received()));
	}
}
