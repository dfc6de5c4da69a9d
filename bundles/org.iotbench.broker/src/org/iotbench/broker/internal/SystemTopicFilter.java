package org.iotbench.broker.internal;

import java.util.HashSet;
import java.util.Set;

import io.moquette.broker.NettyUtils;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageIdVariableHeader;
import io.netty.handler.codec.mqtt.MqttMessageType;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.util.ReferenceCountUtil;

/**
 * Keeps topics that start with {@code $} from subscriptions whose first level is a wildcard (MQTT-4.7.2-1): Moquette
 * 0.17 delivers {@code $SYS/broker/uptime} to a {@code #} subscriber. A PUBLISH Moquette sends only because of such a
 * subscription is not sent; for QoS 1 and 2 this handler gives Moquette the acknowledgements the client would have
 * sent, so that Moquette does not send it again.
 */
final class SystemTopicFilter extends ChannelDuplexHandler {

	private final BrokerLayer layer;
	private final Set<Integer> withheldExactlyOnce = new HashSet<>();

	SystemTopicFilter(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (msg instanceof MqttPublishMessage publish && publish.variableHeader().topicName().startsWith("$") //$NON-NLS-1$
				&& !layer.subscribedExplicitly(NettyUtils.clientID(ctx.channel()), publish.variableHeader().topicName())) {
			withhold(ctx, publish, promise);
			return;
		}
		if (msg instanceof MqttMessage message && message.fixedHeader().messageType() == MqttMessageType.PUBREL
				&& withheldExactlyOnce.remove(((MqttMessageIdVariableHeader) message.variableHeader()).messageId())) {
			int packetId = ((MqttMessageIdVariableHeader) message.variableHeader()).messageId();
			ReferenceCountUtil.release(msg);
			promise.trySuccess();
			ctx.fireChannelRead(PublishGate.ack(MqttMessageType.PUBCOMP, packetId));
			return;
		}
		ctx.write(msg, promise);
	}

	private void withhold(ChannelHandlerContext ctx, MqttPublishMessage publish, ChannelPromise promise) {
		int packetId = publish.variableHeader().packetId();
		int qos = publish.fixedHeader().qosLevel().value();
		ReferenceCountUtil.release(publish);
		promise.trySuccess();
		if (qos == 1) {
			ctx.fireChannelRead(PublishGate.ack(MqttMessageType.PUBACK, packetId));
		} else if (qos == 2) {
			withheldExactlyOnce.add(packetId);
			ctx.fireChannelRead(PublishGate.ack(MqttMessageType.PUBREC, packetId));
		}
	}
}
