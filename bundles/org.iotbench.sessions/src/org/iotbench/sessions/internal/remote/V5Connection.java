package org.iotbench.sessions.internal.remote;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttActionListener;
import org.eclipse.paho.mqttv5.client.MqttAsyncClient;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClientException;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.RemoteSettings.TrustMode;
import org.iotbench.sessions.SessionException;

/** An MQTT 5 connection with Paho's {@code mqttv5} asynchronous client. */
final class V5Connection implements MqttConnection {

	/** Reason codes from 0x80 are failures, in CONNACK and SUBACK alike. */
	private static final int FIRST_FAILURE_CODE = 0x80;

	private final RemoteSettings settings;
	private final MqttAsyncClient client;
	private final MqttConnectionOptions options;

	V5Connection(RemoteSettings settings, SSLSocketFactory tls, Events events) throws ConnectFailure {
		this.settings = settings;
		try {
			client = new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
		} catch (MqttException | IllegalArgumentException e) {
			throw new ConnectFailure(NLS.bind(Messages.Session_noClient, FailureReasons.describe(e)), false, e);
		}
		client.setCallback(new MqttCallback() {

			@Override
			public void disconnected(MqttDisconnectResponse response) {
				events.connectionLost(lostReason(response));
			}

			@Override
			public void mqttErrorOccurred(MqttException exception) {
				// a protocol error; the connection ends and disconnected() reports it
			}

			@Override
			public void messageArrived(String topic, MqttMessage message) {
				events.messageArrived(topic, message.getPayload(), message.getQos(), message.isRetained());
			}

			@Override
			public void deliveryComplete(IMqttToken token) {
				// messages are recorded when handed to the client
			}

			@Override
			public void connectComplete(boolean reconnect, String serverURI) {
				// connect() waits for the token instead
			}

			@Override
			public void authPacketArrived(int reasonCode, MqttProperties properties) {
				// no enhanced authentication
			}
		});
		options = options(settings, tls);
	}

	private String lostReason(MqttDisconnectResponse response) {
		MqttException cause = response.getException();
		if (cause == null && response.getReturnCode() >= FIRST_FAILURE_CODE) {
			return FailureReasons.disconnectedByBroker(response.getReturnCode(), response.getReasonString(), settings);
		}
		if (cause != null && cause.getReasonCode() == MqttClientException.REASON_CODE_SERVER_DISCONNECTED
				&& response.getReturnCode() >= FIRST_FAILURE_CODE) {
			return FailureReasons.disconnectedByBroker(response.getReturnCode(), response.getReasonString(), settings);
		}
		if (cause != null && cause.getReasonCode() == MqttClientException.REASON_CODE_CLIENT_TIMEOUT) {
			return FailureReasons.keepAliveTimeout(settings);
		}
		return FailureReasons.lost(cause, settings);
	}

	private static MqttConnectionOptions options(RemoteSettings settings, SSLSocketFactory tls) {
		MqttConnectionOptions options = new MqttConnectionOptions();
		options.setAutomaticReconnect(false); // RemoteSession reconnects and restores subscriptions itself
		options.setCleanStart(settings.cleanStart());
		options.setSessionExpiryInterval(Long.valueOf(settings.sessionExpirySeconds()));
		options.setKeepAliveInterval(settings.keepAliveSeconds());
		options.setConnectionTimeout(settings.connectTimeoutSeconds());
		if (settings.username() != null && !settings.username().isEmpty()) {
			options.setUserName(settings.username());
		}
		if (settings.password() != null) {
			options.setPassword(utf8(settings.password()));
		}
		RemoteSettings.Will will = settings.will();
		if (will != null) {
			MqttMessage message = new MqttMessage(will.payload());
			message.setQos(will.qos());
			message.setRetained(will.retain());
			options.setWill(will.topic(), message);
		}
		if (tls != null) {
			options.setSocketFactory(tls);
			options.setHttpsHostnameVerificationEnabled(settings.tls().trust() != TrustMode.INSECURE);
		}
		return options;
	}

	private static byte[] utf8(char[] password) {
		ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		Arrays.fill(encoded.array(), (byte) 0);
		return bytes;
	}

	@Override
	public void connect() throws ConnectFailure {
		try {
			IMqttToken token = client.connect(options);
			token.waitForCompletion(settings.connectTimeoutSeconds() * 1000L + CONNECT_MARGIN_MILLIS);
			if (!client.isConnected()) {
				throw new MqttException(MqttClientException.REASON_CODE_CLIENT_TIMEOUT);
			}
		} catch (MqttException e) {
			close();
			throw failure(e);
		}
	}

	private ConnectFailure failure(MqttException e) {
		if (e.getReasonCode() == MqttClientException.REASON_CODE_CLIENT_TIMEOUT) {
			return FailureReasons.timeout(settings);
		}
		if (e.getReasonCode() == MqttException.REASON_CODE_MALFORMED_PACKET) {
			return FailureReasons.notMqtt(settings); // an HTTP answer, for instance, from a WebSocket port
		}
		ConnectFailure refusal = FailureReasons.v5Refusal(e.getReasonCode(), settings);
		return refusal != null ? refusal : FailureReasons.fromCause(e, settings);
	}

	@Override
	public List<String> subscribe(Map<String, Integer> subscriptions) throws SessionException {
		List<String> filters = new ArrayList<>(subscriptions.keySet());
		MqttSubscription[] requests = subscriptions.entrySet().stream()
				.map(e -> new MqttSubscription(e.getKey(), e.getValue().intValue())).toArray(MqttSubscription[]::new);
		int[] codes;
		try {
			IMqttToken token = client.subscribe(requests);
			token.waitForCompletion(SUBSCRIBE_WAIT_MILLIS);
			codes = token.getReasonCodes();
		} catch (MqttException e) {
			if (e.getReasonCode() >= FIRST_FAILURE_CODE && e.getReasonCode() <= 0xFF) {
				return filters;
			}
			throw new SessionException(FailureReasons.describe(e), e);
		}
		List<String> refused = new ArrayList<>();
		for (int i = 0; i < filters.size(); i++) {
			if (codes == null || i >= codes.length || codes[i] >= FIRST_FAILURE_CODE) {
				refused.add(filters.get(i));
			}
		}
		return refused;
	}

	@Override
	public void unsubscribe(String topicFilter) {
		try {
			client.unsubscribe(topicFilter);
		} catch (MqttException e) {
			// not connected any more: the subscription is gone with the connection
		}
	}

	@Override
	public void publish(String topic, byte[] payload, int qos, boolean retain, Runnable delivered)
			throws SessionException {
		try {
			MqttMessage message = new MqttMessage(payload);
			message.setQos(qos);
			message.setRetained(retain);
			client.publish(topic, message, null, delivered == null ? null : new MqttActionListener() {

				@Override
				public void onSuccess(IMqttToken token) {
					delivered.run();
				}

				@Override
				public void onFailure(IMqttToken token, Throwable failure) {
					// not delivered: the caller sends it again on the next connection
				}
			});
		} catch (MqttException e) {
			String reason = switch (e.getReasonCode()) {
			case MqttClientException.REASON_CODE_MAX_INFLIGHT -> Messages.Session_tooManyInFlight;
			case MqttClientException.REASON_CODE_CLIENT_NOT_CONNECTED -> Messages.Session_notConnected;
			default -> FailureReasons.describe(e);
			};
			throw new SessionException(NLS.bind(Messages.Session_publishFailed, reason), e);
		}
	}

	@Override
	public void disconnect() {
		try {
			client.disconnect(1_000).waitForCompletion(DISCONNECT_WAIT_MILLIS);
		} catch (MqttException e) {
			// already disconnected, or the broker is gone: close() below releases the client either way
		}
		close();
	}

	@Override
	public void close() {
		try {
			client.disconnectForcibly(0, 0, false);
		} catch (MqttException e) {
			// already disconnected
		}
		try {
			client.close(true);
		} catch (MqttException e) {
			// forced close does not fail in practice; nothing more can be released
		}
	}
}
