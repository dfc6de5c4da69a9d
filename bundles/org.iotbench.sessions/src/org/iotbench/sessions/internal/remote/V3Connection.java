package org.iotbench.sessions.internal.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLSocketFactory;

import org.eclipse.osgi.util.NLS;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.iotbench.sessions.RemoteSettings;
import org.iotbench.sessions.RemoteSettings.TrustMode;
import org.iotbench.sessions.SessionException;

/** An MQTT 3.1.1 connection with Paho's {@code mqttv3} asynchronous client. */
final class V3Connection implements MqttConnection {

	private static final int SUBSCRIPTION_REFUSED = 0x80;

	private final RemoteSettings settings;
	private final MqttAsyncClient client;
	private final MqttConnectOptions options;

	V3Connection(RemoteSettings settings, SSLSocketFactory tls, Events events) throws ConnectFailure {
		this.settings = settings;
		try {
			client = new MqttAsyncClient(settings.serverUri(), settings.clientId(), new MemoryPersistence());
		} catch (MqttException | IllegalArgumentException e) {
			throw new ConnectFailure(NLS.bind(Messages.Session_noClient, FailureReasons.describe(e)), false, e);
		}
		client.setCallback(new MqttCallback() {

			@Override
			public void connectionLost(Throwable cause) {
				boolean timeout = cause instanceof MqttException e
						&& e.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT;
				events.connectionLost(timeout ? FailureReasons.keepAliveTimeout(settings)
						: FailureReasons.lost(cause, settings));
			}

			@Override
			public void messageArrived(String topic, MqttMessage message) {
				events.messageArrived(topic, message.getPayload(), message.getQos(), message.isRetained());
			}

			@Override
			public void deliveryComplete(IMqttDeliveryToken token) {
				// messages are recorded when handed to the client
			}
		});
		options = options(settings, tls);
	}

	private static MqttConnectOptions options(RemoteSettings settings, SSLSocketFactory tls) {
		MqttConnectOptions options = new MqttConnectOptions();
		options.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1); // no silent fallback to 3.1
		options.setAutomaticReconnect(false); // RemoteSession reconnects and restores subscriptions itself
		options.setCleanSession(settings.cleanStart());
		options.setKeepAliveInterval(settings.keepAliveSeconds());
		options.setConnectionTimeout(settings.connectTimeoutSeconds());
		options.setMaxInflight(MAX_IN_FLIGHT);
		if (settings.username() != null && !settings.username().isEmpty()) {
			options.setUserName(settings.username());
		}
		if (settings.password() != null) {
			options.setPassword(settings.password().clone());
		}
		RemoteSettings.Will will = settings.will();
		if (will != null) {
			options.setWill(will.topic(), will.payload(), will.qos(), will.retain());
		}
		if (tls != null) {
			options.setSocketFactory(tls);
			options.setHttpsHostnameVerificationEnabled(settings.tls().trust() != TrustMode.INSECURE);
		}
		return options;
	}

	@Override
	public void connect() throws ConnectFailure {
		try {
			IMqttToken token = client.connect(options);
			token.waitForCompletion(settings.connectTimeoutSeconds() * 1000L + CONNECT_MARGIN_MILLIS);
			if (!client.isConnected()) {
				throw new MqttException(MqttException.REASON_CODE_CLIENT_TIMEOUT);
			}
		} catch (MqttException e) {
			close();
			throw failure(e);
		}
	}

	private ConnectFailure failure(MqttException e) {
		if (e.getReasonCode() == MqttException.REASON_CODE_CLIENT_TIMEOUT) {
			return FailureReasons.timeout(settings);
		}
		ConnectFailure refusal = FailureReasons.v3Refusal(e.getReasonCode(), settings);
		return refusal != null ? refusal : FailureReasons.fromCause(e, settings);
	}

	@Override
	public List<String> subscribe(Map<String, Integer> subscriptions) throws SessionException {
		String[] filters = subscriptions.keySet().toArray(new String[0]);
		int[] qos = subscriptions.values().stream().mapToInt(Integer::intValue).toArray();
		int[] granted;
		try {
			IMqttToken token = client.subscribe(filters, qos);
			token.waitForCompletion(SUBSCRIBE_WAIT_MILLIS);
			granted = token.getGrantedQos();
		} catch (MqttException e) {
			if (e.getReasonCode() == MqttException.REASON_CODE_SUBSCRIBE_FAILED) {
				return List.of(filters);
			}
			throw new SessionException(FailureReasons.describe(e), e);
		}
		List<String> refused = new ArrayList<>();
		for (int i = 0; i < filters.length; i++) {
			if (granted == null || i >= granted.length || granted[i] == SUBSCRIPTION_REFUSED) {
				refused.add(filters[i]);
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
			client.publish(topic, payload, qos, retain, null, delivered == null ? null : new IMqttActionListener() {

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
			case MqttException.REASON_CODE_MAX_INFLIGHT -> Messages.Session_tooManyInFlight;
			case MqttException.REASON_CODE_CLIENT_NOT_CONNECTED -> Messages.Session_notConnected;
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
