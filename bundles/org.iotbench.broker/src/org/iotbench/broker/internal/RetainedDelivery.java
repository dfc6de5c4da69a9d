package org.iotbench.broker.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.iotbench.broker.BrokerMessage;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.mqtt.MqttFixedHeader;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttPublishVariableHeader;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.handler.codec.mqtt.MqttSubAckMessage;
import io.netty.handler.codec.mqtt.MqttSubscribeMessage;
import io.netty.handler.codec.mqtt.MqttTopicSubscription;
import io.netty.util.ReferenceCountUtil;

/**
 * Sends the retained messages that match a new subscription right after its SUBACK, with the retain flag set and at
 * the lower of the message's and the subscription's QoS (MQTT 3.1.1, 3.3.1.3). The workbench keeps retained messages
 * itself ({@link PublishGate}); this handler also completes the acknowledgements of its own deliveries, which Moquette
 * does not know about.
 */
final class RetainedDelivery extends ChannelDuplexHandler {

	private static final int SUBSCRIPTION_FAILED = 0x80;

	private final BrokerLayer layer;
	private final Map<Integer, List<String>> subscribing = new HashMap<>();
	private final Set<Integer> awaitingPubAck = new HashSet<>();
	private final Set<Integer> awaitingPubRec = new HashSet<>();
	private final Set<Integer> awaitingPubComp = new HashSet<>();

	RetainedDelivery(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof MqttSubscribeMessage subscribe) {
			subscribing.put(subscribe.variableHeader().messageId(),
					subscribe.payload().topicSubscriptions().stream().map(MqttTopicSubscription::topicName).toList());
		} else if (msg instanceof MqttMessage message
				&& message.variableHeader() instanceof MqttMessageIdVariableHeader id && ownAck(ctx,
						message.fixedHeader().messageType(), id.messageId())) {
			ReferenceCountUtil.release(msg);
			return;
		}
		ctx.fireChannelRead(msg);
	}

	/** @return whether the packet acknowledges one of this handler's deliveries (and was handled) */
	private boolean ownAck(ChannelHandlerContext ctx, MqttMessageType type, int packetId) {
		switch (type) {
		case PUBACK:
			return awaitingPubAck.remove(packetId);
		case PUBREC:
			if (awaitingPubRec.remove(packetId)) {
				awaitingPubComp.add(packetId);
				ctx.writeAndFlush(PublishGate.ack(MqttMessageType.PUBREL, packetId));
				return true;
			}
			return false;
		case PUBCOMP:
			return awaitingPubComp.remove(packetId);
		default:
			return false;
		}
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		ctx.write(msg, promise);
		if (msg instanceof MqttSubAckMessage subAck) {
			List<String> filters = subscribing.remove(subAck.variableHeader().messageId());
			if (filters != null) {
				deliver(ctx, filters, subAck.payload().grantedQoSLevels());
			}
		}
	}

	private void deliver(ChannelHandlerContext ctx, List<String> filters, List<Integer> granted) {
		Map<String, BrokerMessage> messages = new LinkedHashMap<>();
		Map<String, Integer> qos = new HashMap<>();
		for (int i = 0; i < filters.size() && i < granted.size(); i++) {
			int grantedQos = granted.get(i);
			if (grantedQos >= SUBSCRIPTION_FAILED) {
				continue;
			}
			for (BrokerMessage message : layer.retained(filters.get(i))) {
				messages.put(message.topic(), message);
				qos.merge(message.topic(), Math.min(grantedQos, message.qos()), Math::max);
			}
		}
		for (BrokerMessage message : messages.values()) {
			send(ctx, message, qos.get(message.topic()));
		}
	}

	private void send(ChannelHandlerContext ctx, BrokerMessage message, int qos) {
		int packetId = 0;
		if (qos > 0) {
			packetId = MoquetteInternals.nextPacketId(ctx.channel());
			(qos == 1 ? awaitingPubAck : awaitingPubRec).add(packetId);
		}
		ctx.write(new MqttPublishMessage(
				new MqttFixedHeader(MqttMessageType.PUBLISH, false, MqttQoS.valueOf(qos), true, 0),
				new MqttPublishVariableHeader(message.topic(), packetId), Unpooled.wrappedBuffer(message.payload())));
	}
}
