package org.iotbench.broker.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerMessage;
import org.iotbench.broker.Messages;
import org.iotbench.core.Topics;

import io.netty.buffer.ByteBuf;
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
 * Looks at each PUBLISH a client sends before Moquette does:
 * <ul>
 * <li>an invalid topic name closes the connection with a connection log entry (Moquette 0.17 goes on routing it);</li>
 * <li>a publish the client may not make (its topic permissions, or a {@code $SYS} topic) is acknowledged as MQTT 3.1.1
 * allows (MQTT-3.3.5-2) and dropped, with a log entry; Moquette would leave a QoS 1 publisher waiting forever;</li>
 * <li>a retained publish of any QoS becomes the topic's retained message, or clears it when empty (Moquette stores
 * QoS 1 and 2 only and <em>clears</em> on QoS 0); Moquette then routes it as a plain message, which is what current
 * subscribers must receive.</li>
 * </ul>
 */
final class PublishGate extends ChannelInboundHandlerAdapter {

	private static final String SYSTEM_TOPICS = "$SYS"; //$NON-NLS-1$

	private final BrokerLayer layer;
	/** QoS 2 publishes this gate acknowledged with PUBREC: their PUBREL is answered here too. */
	private final Set<Integer> deniedExactlyOnce = new HashSet<>();
	private String clientId = ""; //$NON-NLS-1$
	private String username;

	PublishGate(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof MqttConnectMessage connect) {
			clientId = connect.payload().clientIdentifier();
			username = connect.payload().userName();
		} else if (msg instanceof MqttPublishMessage publish) {
			msg = admit(ctx, publish);
			if (msg == null) {
				return;
			}
		} else if (msg instanceof MqttMessage message && message.fixedHeader().messageType() == MqttMessageType.PUBREL
				&& deniedExactlyOnce.remove(((MqttMessageIdVariableHeader) message.variableHeader()).messageId())) {
			ctx.writeAndFlush(ack(MqttMessageType.PUBCOMP, ((MqttMessageIdVariableHeader) message.variableHeader())
					.messageId()));
			return;
		}
		ctx.fireChannelRead(msg);
	}

	/** @return the message to pass on, or {@code null} if it was handled here */
	private Object admit(ChannelHandlerContext ctx, MqttPublishMessage publish) {
		String topic = publish.variableHeader().topicName();
		String problem = Topics.checkTopic(topic);
		if (problem != null) {
			ReferenceCountUtil.release(publish);
			layer.closed(ctx.channel(), clientId, username, NLS.bind(Messages.Closed_invalidTopic, problem));
			ctx.close();
			return null;
		}
		boolean system = topic.startsWith(SYSTEM_TOPICS);
		if (system || !layer.mayPublish(clientId, topic)) {
			layer.denied(ctx.channel(), clientId, username,
					NLS.bind(system ? Messages.Denied_systemTopic : Messages.Denied_publish, topic));
			acknowledgeDenied(ctx, publish);
			ReferenceCountUtil.release(publish);
			return null;
		}
		if (!publish.fixedHeader().isRetain()) {
			return publish;
		}
		ByteBuf payload = publish.payload();
		byte[] bytes = new byte[payload.readableBytes()];
		payload.getBytes(payload.readerIndex(), bytes);
		MqttQoS qos = publish.fixedHeader().qosLevel();
		layer.retain(new BrokerMessage(topic, bytes, qos.value(), true, clientId));
		MqttFixedHeader header = publish.fixedHeader();
		return new MqttPublishMessage(new MqttFixedHeader(MqttMessageType.PUBLISH, header.isDup(), qos, false,
				header.remainingLength()), publish.variableHeader(), payload);
	}

	private void acknowledgeDenied(ChannelHandlerContext ctx, MqttPublishMessage publish) {
		int packetId = publish.variableHeader().packetId();
		switch (publish.fixedHeader().qosLevel()) {
		case AT_LEAST_ONCE -> ctx.writeAndFlush(ack(MqttMessageType.PUBACK, packetId));
		case EXACTLY_ONCE -> {
			deniedExactlyOnce.add(packetId);
			ctx.writeAndFlush(ack(MqttMessageType.PUBREC, packetId));
		}
		default -> {
			// QoS 0 has no acknowledgement
		}
		}
	}

	/** PUBACK, PUBREC, PUBREL or PUBCOMP for one packet identifier. */
	static MqttMessage ack(MqttMessageType type, int packetId) {
		MqttQoS qos = type == MqttMessageType.PUBREL ? MqttQoS.AT_LEAST_ONCE : MqttQoS.AT_MOST_ONCE;
		return new MqttMessage(new MqttFixedHeader(type, false, qos, false, 0),
				MqttMessageIdVariableHeader.from(packetId));
	}
}
