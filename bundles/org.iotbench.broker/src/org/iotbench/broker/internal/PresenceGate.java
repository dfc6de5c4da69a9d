package org.iotbench.broker.internal;

import org.iotbench.broker.BrokerMessage;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.mqtt.MqttConnAckMessage;
import io.netty.handler.codec.mqtt.MqttConnectMessage;
import io.netty.handler.codec.mqtt.MqttConnectReturnCode;
import io.netty.handler.codec.mqtt.MqttMessage;
import io.netty.handler.codec.mqtt.MqttMessageType;

/**
 * Tells {@link Presence} when this connection's client comes online (its accepted CONNACK has been sent) and when it
 * goes (the connection closed, after DISCONNECT or not). Every accepted connection that ends produces exactly one
 * such pair, whatever Moquette reports. It also hands over the client's last will when the connection ends without
 * DISCONNECT: Moquette publishes a will to the subscribers but tells no interceptor.
 */
final class PresenceGate extends ChannelDuplexHandler {

	private final Presence presence;
	private String clientId;
	private String username;
	private boolean online;
	private boolean disconnected;
	/** The last will the client gave in its CONNECT, or {@code null}. */
	private BrokerMessage will;

	PresenceGate(Presence presence) {
		this.presence = presence;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
		if (msg instanceof MqttConnectMessage connect && clientId == null) {
			clientId = connect.payload().clientIdentifier();
			username = connect.payload().userName();
			if (connect.variableHeader().isWillFlag() && connect.payload().willTopic() != null) {
				byte[] payload = connect.payload().willMessageInBytes();
				will = new BrokerMessage(connect.payload().willTopic(), payload == null ? new byte[0] : payload,
						connect.variableHeader().willQos(), connect.variableHeader().isWillRetain(), clientId);
			}
		} else if (msg instanceof MqttMessage message && message.fixedHeader() != null
				&& message.fixedHeader().messageType() == MqttMessageType.DISCONNECT) {
			disconnected = true;
		}
		super.channelRead(ctx, msg);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
		if (msg instanceof MqttConnAckMessage connAck && clientId != null && !online
				&& connAck.variableHeader().connectReturnCode() == MqttConnectReturnCode.CONNECTION_ACCEPTED) {
			ChannelPromise sent = promise.unvoid();
			super.write(ctx, msg, sent);
			sent.addListener(f -> {
				if (f.isSuccess() && ctx.channel().isActive()) {
					String id = clientId.isEmpty() ? MoquetteInternals.clientId(ctx.channel()) : clientId;
					clientId = id == null ? "" : id; //$NON-NLS-1$
					online = true;
					presence.connected(ctx.channel(), clientId, username);
				}
			});
			return;
		}
		super.write(ctx, msg, promise);
	}

	@Override
	public void channelInactive(ChannelHandlerContext ctx) throws Exception {
		if (online) {
			online = false;
			presence.closed(ctx.channel(), clientId, username, disconnected, will);
		}
		super.channelInactive(ctx);
	}
}
