package org.iotbench.broker.internal;

import java.util.Set;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.util.ReferenceCountUtil;

/**
 * Publishes a client sends again (DUP=1, as Paho does for everything in flight after a reconnect), handled as MQTT
 * 3.1.1 says, before Moquette 0.17 sees them (its handling of DUP=1 kills the publisher's session loop when the topic
 * has a subscriber):
 * <ul>
 * <li>QoS 1: delivered and acknowledged again (at least once, MQTT-4.3.2);</li>
 * <li>QoS 2: a packet identifier the broker has acknowledged with PUBREC and not yet seen released is answered with
 * PUBREC again and not delivered a second time (MQTT-4.3.3-2); otherwise it is a first delivery. The identifiers are
 * kept per client ID, so that this holds across reconnects of a persistent session.</li>
 * </ul>
 * Moquette sees every publish it passes on with DUP=0.
 */
final class DuplicateGate extends ChannelInboundHandlerAdapter {

	private final BrokerLayer layer;
	private Set<Integer> awaitingRelease;

	DuplicateGate(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof MqttConnectMessage connect) {
			String clientId = connect.payload().clientIdentifier();
			awaitingRelease = layer.awaitingRelease(clientId, connect.variableHeader().isCleanSession());
		} else if (msg instanceof MqttPublishMessage publish && awaitingRelease != null) {
			MqttFixedHeader header = publish.fixedHeader();
			if (header.qosLevel() == MqttQoS.EXACTLY_ONCE) {
				int packetId = publish.variableHeader().packetId();
				if (!awaitingRelease.add(packetId)) {
					ReferenceCountUtil.release(publish);
					ctx.writeAndFlush(PublishGate.ack(MqttMessageType.PUBREC, packetId));
					return;
				}
			}
			if (header.isDup()) {
				msg = new MqttPublishMessage(new MqttFixedHeader(MqttMessageType.PUBLISH, false, header.qosLevel(),
						header.isRetain(), header.remainingLength()), publish.variableHeader(), publish.payload());
			}
		} else if (msg instanceof MqttMessage message && awaitingRelease != null
				&& message.fixedHeader().messageType() == MqttMessageType.PUBREL
				&& message.variableHeader() instanceof MqttMessageIdVariableHeader id) {
			awaitingRelease.remove(id.messageId());
		}
		ctx.fireChannelRead(msg);
	}
}
