package org.iotbench.broker.internal;

import io.moquette.broker.NettyUtils;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.handler.codec.mqtt.MqttQoS;
import io.netty.util.ReferenceCountUtil;

/**
 * Counts the PUBLISH packets sent to a client and decides what happens when the client reads more slowly than
 * messages arrive. Moquette 0.17 silently drops any packet, acknowledgements included, once a connection's buffer is
 * full; the layer raises that limit out of reach and this handler drops only QoS 0 messages, once
 * {@link BrokerLayer#OUTBOUND_LIMIT_BYTES} are waiting, and counts and logs each drop. QoS 1 and 2 messages are never
 * dropped: Moquette sends at most ten unacknowledged ones per client and queues the rest.
 */
final class OutboundMeter extends ChannelOutboundHandlerAdapter {

	private final BrokerLayer layer;

	OutboundMeter(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (msg instanceof MqttPublishMessage publish) {
			String clientId = NettyUtils.clientID(ctx.channel());
			if (publish.fixedHeader().qosLevel() == MqttQoS.AT_MOST_ONCE && waitingBytes(ctx) > BrokerLayer.OUTBOUND_LIMIT_BYTES) {
				ReferenceCountUtil.release(publish);
				promise.trySuccess();
				layer.dropped(ctx.channel(), clientId);
				return;
			}
			layer.sent(clientId, publish.payload().readableBytes());
		}
		ctx.write(msg, promise);
	}

	private static long waitingBytes(ChannelHandlerContext ctx) {
		ChannelOutboundBuffer buffer = ctx.channel().unsafe().outboundBuffer();
		return buffer == null ? 0 : buffer.totalPendingWriteBytes();
	}
}
