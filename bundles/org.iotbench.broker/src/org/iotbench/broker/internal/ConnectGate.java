package org.iotbench.broker.internal;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.Messages;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.util.ReferenceCountUtil;

/**
 * Holds the packets a client sends after CONNECT until the broker has sent CONNACK and Moquette has finished
 * connecting the session. MQTT 3.1.1 lets a client send SUBSCRIBE or PUBLISH right after CONNECT (mosquitto_sub and
 * paho-python do), and even a client that waits for CONNACK can answer before Moquette has marked the session
 * connected; Moquette 0.17 closes the connection when a packet arrives before that.
 */
final class ConnectGate extends ChannelDuplexHandler {

	/** More early packets than this is not a client waiting politely. */
	static final int MAX_HELD = 1_000;
	private static final int MAX_WAIT_S = 5;

	private final BrokerLayer layer;
	private ArrayDeque<Object> held;
	private boolean open;
	/** The accepted CONNACK has been written: the packets held go on as soon as Moquette has connected the session. */
	private boolean accepted;
	/** The connection closed with packets held: {@link #finishWhenConnected} passes them on, then the close. */
	private boolean closing;
	private String clientId = ""; //$NON-NLS-1$

	ConnectGate(BrokerLayer layer) {
		this.layer = layer;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (open) {
			ctx.fireChannelRead(msg);
		} else if (held != null) {
			if (accepted && MoquetteInternals.connected(ctx.channel())) {
				// Moquette's own CONNACK listener has run: no need to wait for the scheduled replay
				replay(ctx, false);
				ctx.fireChannelRead(msg);
			} else {
				hold(ctx, msg);
			}
		} else {
			if (msg instanceof MqttConnectMessage connect) {
				clientId = connect.payload().clientIdentifier();
				held = new ArrayDeque<>();
			}
			ctx.fireChannelRead(msg);
		}
	}

	private void hold(ChannelHandlerContext ctx, Object msg) {
		if (held.size() < MAX_HELD) {
			held.add(msg);
			return;
		}
		ReferenceCountUtil.release(msg);
		releaseHeld();
		layer.closed(ctx.channel(), clientId, null, NLS.bind(Messages.Closed_tooManyEarlyPackets, MAX_HELD));
		ctx.close();
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (!(msg instanceof MqttConnAckMessage connAck) || open || held == null) {
			ctx.write(msg, promise);
			return;
		}
		if (connAck.variableHeader().connectReturnCode() != MqttConnectReturnCode.CONNECTION_ACCEPTED) {
			releaseHeld();
			ctx.write(msg, promise);
			return;
		}
		if (connAck.variableHeader().isSessionPresent()) {
			// before Moquette sends what was queued while the client was away: in flight first, as they were sent
			String id = MoquetteInternals.clientId(ctx.channel());
			layer.sessionResumed(ctx.channel(), id == null ? clientId : id);
		}
		ChannelPromise sent = promise.unvoid();
		ctx.write(msg, sent);
		sent.addListener(f -> {
			if (f.isSuccess()) {
				accepted = true;
				ctx.executor().execute(() -> replayWhenConnected(ctx, System.nanoTime()));
			} else {
				releaseHeld();
			}
		});
	}

	/**
	 * Moquette marks the session connected in its own listener of the CONNACK write, which may be notified after
	 * ours, even after the client has answered: the held packets wait for it (at most a few seconds).
	 */
	private void replayWhenConnected(ChannelHandlerContext ctx, long since) {
		if (closing) {
			return; // finishWhenConnected has taken over
		}
		if (!ctx.channel().isActive() || MoquetteInternals.connected(ctx.channel())
				|| System.nanoTime() - since > TimeUnit.SECONDS.toNanos(MAX_WAIT_S)) {
			replay(ctx, false);
		} else {
			ctx.executor().schedule(() -> replayWhenConnected(ctx, since), 200, TimeUnit.MICROSECONDS);
		}
	}

	/**
	 * Passes the held packets on.
	 *
	 * @param afterClose whether the connection has just closed: what a connected client sent before closing (a last
	 *                PUBLISH and DISCONNECT, as a sensor that reports and sleeps sends them) still reaches Moquette,
	 *                which has not seen the close yet
	 */
	private void replay(ChannelHandlerContext ctx, boolean afterClose) {
		ArrayDeque<Object> waiting = held;
		held = null;
		open = true;
		if (waiting == null) {
			return;
		}
		if (!afterClose && !ctx.channel().isActive()) {
			waiting.forEach(ReferenceCountUtil::release);
			return;
		}
		for (Object msg : waiting) {
			ctx.fireChannelRead(msg);
		}
		ctx.fireChannelReadComplete();
	}

	private void releaseHeld() {
		if (held != null) {
			held.forEach(ReferenceCountUtil::release);
			held.clear();
		}
	}

	/**
	 * A client that closes right after sending (a last PUBLISH and DISCONNECT, as a sensor that reports and sleeps, or
	 * paho-python's {@code single()}) may close before Moquette has connected its session: Moquette writes CONNACK
	 * from a session thread, so its own CONNACK listener can run after the close is read. The close then waits (a few
	 * seconds at most) until the held packets can go to Moquette, which has not seen the close yet.
	 */
	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		if (accepted && held != null && !held.isEmpty()) {
			closing = true;
			finishWhenConnected(ctx, System.nanoTime());
			return;
		}
		releaseHeld();
		super.channelInactive(ctx);
	}

	private void finishWhenConnected(ChannelHandlerContext ctx, long since) {
		if (held == null || MoquetteInternals.connected(ctx.channel())) {
			replay(ctx, true);
			ctx.fireChannelInactive();
		} else if (System.nanoTime() - since > TimeUnit.SECONDS.toNanos(MAX_WAIT_S)) {
			releaseHeld();
			ctx.fireChannelInactive();
		} else {
			ctx.executor().schedule(() -> finishWhenConnected(ctx, since), 200, TimeUnit.MICROSECONDS);
		}
	}
}
