package org.iotbench.broker.internal;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.Messages;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.ChannelInputShutdownEvent;
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
				replay(ctx);
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
			return; // closeWhenConnected has taken over
		}
		if (MoquetteInternals.connected(ctx.channel())
				|| System.nanoTime() - since > TimeUnit.SECONDS.toNanos(MAX_WAIT_S)) {
			replay(ctx);
		} else if (!ctx.channel().isActive()) {
			return; // reset: channelInactive releases them
		} else {
			ctx.executor().schedule(() -> replayWhenConnected(ctx, since), 200, TimeUnit.MICROSECONDS);
		}
	}

	/** Passes the held packets on, in order. */
	private void replay(ChannelHandlerContext ctx) {
		ArrayDeque<Object> waiting = held;
		held = null;
		open = true;
		if (waiting == null) {
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
	 * The client closed its side of the connection (the broker asks for half-closure so as to see this before the
	 * close). A client that closes right after sending (a last PUBLISH and DISCONNECT, as a sensor that reports and
	 * sleeps, or paho-python's {@code single()}) may do so before Moquette has connected its session: Moquette writes
	 * CONNACK from a session thread, so its own CONNACK listener can run after the client's next packets are read.
	 * The connection then stays open (a few seconds at most) until the held packets have gone to Moquette, and closes.
	 * <p>
	 * Waiting after the close instead, as this gate did before, lost such messages: Netty takes the pipeline apart
	 * soon after a close, and packets passed on after that reach no handler.
	 */
	@Override
	public void userEventTriggered(ChannelHandlerContext ctx, Object evt) throws Exception {
		if (evt instanceof ChannelInputShutdownEvent) {
			if (held != null && !held.isEmpty()) {
				closing = true;
				closeWhenConnected(ctx, System.nanoTime());
			} else {
				ctx.close(); // as Netty closes without half-closure
			}
			return;
		}
		super.userEventTriggered(ctx, evt);
	}

	private void closeWhenConnected(ChannelHandlerContext ctx, long since) {
		if (held == null || held.isEmpty() || MoquetteInternals.connected(ctx.channel())
				|| System.nanoTime() - since > TimeUnit.SECONDS.toNanos(MAX_WAIT_S)) {
			replay(ctx);
			ctx.close();
		} else {
			ctx.executor().schedule(() -> closeWhenConnected(ctx, since), 200, TimeUnit.MICROSECONDS);
		}
	}

	/** A connection reset, or closed by the broker: held packets can no longer reach Moquette. */
	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		releaseHeld();
		super.channelInactive(ctx);
	}
}
