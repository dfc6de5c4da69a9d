package org.iotbench.broker.internal;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.mqtt.MqttPublishMessage;
import io.netty.util.ReferenceCountUtil;

/**
 * Back-pressure for publishers. Moquette 0.17 hands every packet to a bounded session queue and drops what does not
 * fit: a QoS 0 message is lost, a QoS 1 publisher never gets its PUBACK. While those queues are more than half full,
 * this handler stops reading from the connection and keeps the packets already read, in order; TCP then slows the
 * publisher down, as mosquitto's does.
 */
final class IngressThrottle extends ChannelInboundHandlerAdapter {

	private static final long RETRY_MICROS = 500;

	private final BrokerLayer layer;
	private final ArrayDeque<Object> waiting = new ArrayDeque<>();
	private boolean paused;

	IngressThrottle(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (!waiting.isEmpty() || (msg instanceof MqttPublishMessage && layer.congested())) {
			waiting.add(msg);
			pause(ctx);
			return;
		}
		ctx.fireChannelRead(msg);
	}

	private void pause(ChannelHandlerContext ctx) {
		if (!paused) {
			paused = true;
			ctx.channel().config().setAutoRead(false);
			retryLater(ctx);
		}
	}

	private void retryLater(ChannelHandlerContext ctx) {
		ctx.executor().schedule(() -> drain(ctx), RETRY_MICROS, TimeUnit.MICROSECONDS);
	}

	private void drain(ChannelHandlerContext ctx) {
		if (!ctx.channel().isActive()) {
			discard();
			return;
		}
		boolean passed = false;
		while (!waiting.isEmpty() && !(waiting.peek() instanceof MqttPublishMessage && layer.congested())) {
			ctx.fireChannelRead(waiting.poll());
			passed = true;
		}
		if (passed) {
			ctx.fireChannelReadComplete();
		}
		if (waiting.isEmpty()) {
			paused = false;
			ctx.channel().config().setAutoRead(true);
		} else {
			retryLater(ctx);
		}
	}

	private void discard() {
		waiting.forEach(ReferenceCountUtil::release);
		waiting.clear();
	}

	@Override
	public void channelReadComplete(ChannelHandlerContext ctx) {
		if (waiting.isEmpty()) {
			ctx.fireChannelReadComplete();
		}
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		discard();
		super.channelInactive(ctx);
	}
}
