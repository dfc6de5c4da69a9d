package org.iotbench.devicecode;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;
import org.iotbench.broker.BrokerEndpoint;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.broker.Listener;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.core.tls.TlsSetupException;
import org.iotbench.devicecode.internal.Messages;

/**
 * The settings of a device for a registered client of the local broker: the broker's address as the device sees it,
 * the port of the listener it uses, its certificate for TLS, and topics within the client's permissions. Shared by
 * the Clients view and {@code iotbench clients code}.
 */
public final class DeviceSetup {

	private static final int PEM_LINE = 64;

	private DeviceSetup() {
	}

	/**
	 * The addresses a device can be given for a listener, LAN addresses first and loopback last (a board cannot use
	 * loopback; a program on this computer can).
	 */
	public static List<String> hosts(BrokerSettings broker, boolean tls) {
		Listener listener = tls ? Listener.TLS : Listener.MQTT;
		Set<String> hosts = new LinkedHashSet<>();
		for (BrokerEndpoint endpoint : broker.endpoints()) {
			if (endpoint.listener() == listener) {
				hosts.add(endpoint.host());
			}
		}
		return List.copyOf(hosts);
	}

	/**
	 * The device's settings.
	 *
	 * @param password the client's password, or {@code null} for a placeholder
	 * @param host     the address to write, or {@code null} for the first of {@link #hosts}
	 * @param tls      whether the device uses the TLS listener, trusting the certificate it presents
	 * @throws IllegalArgumentException when TLS is asked for but the broker has no TLS listener, or there is no
	 *                                  address, said in words
	 * @throws TlsSetupException        when the broker's certificate cannot be read
	 */
	public static DeviceSettings settings(RegisteredClient client, String password, BrokerSettings broker, String host,
			boolean tls) throws TlsSetupException {
		return settings(client, password, broker, host, tls ? certificate(broker) : null);
	}

	/**
	 * The device's settings with a certificate already read (see {@link #certificate}), or {@code null} for plain
	 * MQTT: for callers that make the settings again and again, such as a dialog as the user types.
	 *
	 * @throws IllegalArgumentException when there is no address, said in words
	 */
	public static DeviceSettings settings(RegisteredClient client, String password, BrokerSettings broker, String host,
			String certificate) {
		boolean tls = certificate != null;
		String address = host;
		if (address == null || address.isBlank()) {
			List<String> hosts = hosts(broker, tls);
			if (hosts.isEmpty()) {
				throw new IllegalArgumentException(Messages.DeviceSetup_noAddress);
			}
			address = hosts.get(0);
		}
		DeviceTopics topics = DeviceTopics.forClient(client.getClientId(), client.getPublishPatterns(),
				client.getSubscribePatterns());
		DeviceSettings settings = new DeviceSettings(client.getClientId(), password, address.strip(), broker.port(),
				topics);
		return tls ? settings.withTls(broker.tlsPort(), certificate) : settings;
	}

	/**
	 * The certificate the broker's TLS listener presents, in PEM; the LAN certificate is generated if the broker has
	 * not made it yet.
	 *
	 * @throws IllegalArgumentException when the broker has no TLS listener, said in words
	 * @throws TlsSetupException        when the certificate cannot be read
	 */
	public static String certificate(BrokerSettings broker) throws TlsSetupException {
		if (broker.tlsPort() == BrokerSettings.OFF) {
			throw new IllegalArgumentException(Messages.DeviceSetup_noTls);
		}
		broker.certificate().check();
		return pem(broker.certificate().presented());
	}

	/** A certificate in PEM, as devices and their libraries read it. */
	public static String pem(X509Certificate certificate) throws TlsSetupException {
		try {
			String base64 = Base64.getMimeEncoder(PEM_LINE, new byte[] { '\n' })
					.encodeToString(certificate.getEncoded());
			return "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n"; //$NON-NLS-1$ //$NON-NLS-2$
		} catch (CertificateEncodingException e) {
			throw new TlsSetupException(NLS.bind(Messages.DeviceSetup_unencodable, e.getMessage()), e);
		}
	}
}
