package org.iotbench.broker;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.iotbench.core.DataLocation;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The broker settings the user chose in the preferences, shared by the workbench and the command line. A listener
 * that is turned off keeps its port in the preferences, so that turning it on again restores it. The password of a
 * PKCS#12 file is kept in Eclipse Secure Storage, never in the preferences.
 */
public final class BrokerPreferences {

	public static final String NODE = "org.iotbench.broker"; //$NON-NLS-1$
	public static final String PORT = "port"; //$NON-NLS-1$
	public static final String BIND_ADDRESS = "bindAddress"; //$NON-NLS-1$
	public static final String ALLOW_ANONYMOUS = "allowAnonymous"; //$NON-NLS-1$
	public static final String START_WITH_WORKBENCH = "startWithWorkbench"; //$NON-NLS-1$
	public static final String TLS_ENABLED = "tlsEnabled"; //$NON-NLS-1$
	public static final String TLS_PORT = "tlsPort"; //$NON-NLS-1$
	public static final String WEBSOCKET_ENABLED = "webSocketEnabled"; //$NON-NLS-1$
	public static final String WEBSOCKET_PORT = "webSocketPort"; //$NON-NLS-1$
	public static final String SECURE_WEBSOCKET_ENABLED = "secureWebSocketEnabled"; //$NON-NLS-1$
	public static final String SECURE_WEBSOCKET_PORT = "secureWebSocketPort"; //$NON-NLS-1$
	/** A {@link CertificateSource.Kind} name. */
	public static final String CERTIFICATE_KIND = "certificateKind"; //$NON-NLS-1$
	/** The PEM certificate chain of {@link CertificateSource.Kind#PEM}. */
	public static final String CERTIFICATE_FILE = "certificateFile"; //$NON-NLS-1$
	/** The PEM private key of {@link CertificateSource.Kind#PEM}. */
	public static final String KEY_FILE = "keyFile"; //$NON-NLS-1$
	/** The file of {@link CertificateSource.Kind#PKCS12}. */
	public static final String PKCS12_FILE = "pkcs12File"; //$NON-NLS-1$
	/** Whether persistent sessions and retained messages are kept across restarts. */
	public static final String PERSISTENCE = "persistence"; //$NON-NLS-1$
	/** Whether the statistics are published under {@code $SYS/broker/}. */
	public static final String SYSTEM_TOPICS = "systemTopics"; //$NON-NLS-1$
	/** How often, when they are. */
	public static final int SYSTEM_TOPICS_SECONDS = 10;

	private BrokerPreferences() {
	}

	/** Writes the defaults into the default scope, so that preference pages can restore them. */
	public static void initializeDefaults() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(NODE);
		BrokerSettings settings = BrokerSettings.defaults();
		defaults.putInt(PORT, settings.port());
		defaults.put(BIND_ADDRESS, settings.bindAddress());
		defaults.putBoolean(ALLOW_ANONYMOUS, settings.allowAnonymous());
		defaults.putBoolean(START_WITH_WORKBENCH, true);
		defaults.putBoolean(TLS_ENABLED, false);
		defaults.putInt(TLS_PORT, BrokerSettings.DEFAULT_TLS_PORT);
		defaults.putBoolean(WEBSOCKET_ENABLED, false);
		defaults.putInt(WEBSOCKET_PORT, BrokerSettings.DEFAULT_WEBSOCKET_PORT);
		defaults.putBoolean(SECURE_WEBSOCKET_ENABLED, false);
		defaults.putInt(SECURE_WEBSOCKET_PORT, BrokerSettings.DEFAULT_SECURE_WEBSOCKET_PORT);
		defaults.put(CERTIFICATE_KIND, CertificateSource.Kind.LAN.name());
		defaults.put(CERTIFICATE_FILE, ""); //$NON-NLS-1$
		defaults.put(KEY_FILE, ""); //$NON-NLS-1$
		defaults.put(PKCS12_FILE, ""); //$NON-NLS-1$
		defaults.putBoolean(PERSISTENCE, settings.persistence());
		defaults.putBoolean(SYSTEM_TOPICS, false);
	}

	/** The settings from the preferences; a broken value falls back to its default. */
	public static BrokerSettings load() {
		IPreferencesService preferences = Platform.getPreferencesService();
		BrokerSettings defaults = BrokerSettings.defaults();
		int port = preferences.getInt(NODE, PORT, defaults.port(), null);
		String bind = preferences.getString(NODE, BIND_ADDRESS, defaults.bindAddress(), null);
		return new BrokerSettings(bind, validPort(port, defaults.port()),
				preferences.getBoolean(NODE, ALLOW_ANONYMOUS, defaults.allowAnonymous(), null),
				defaults.maxMessageBytes(), listenerPort(TLS_ENABLED, TLS_PORT, BrokerSettings.DEFAULT_TLS_PORT),
				listenerPort(WEBSOCKET_ENABLED, WEBSOCKET_PORT, BrokerSettings.DEFAULT_WEBSOCKET_PORT),
				listenerPort(SECURE_WEBSOCKET_ENABLED, SECURE_WEBSOCKET_PORT,
						BrokerSettings.DEFAULT_SECURE_WEBSOCKET_PORT),
				certificate(), preferences.getBoolean(NODE, PERSISTENCE, defaults.persistence(), null),
				preferences.getBoolean(NODE, SYSTEM_TOPICS, false, null) ? SYSTEM_TOPICS_SECONDS : BrokerSettings.OFF);
	}

	private static int listenerPort(String enabledKey, String portKey, int defaultPort) {
		IPreferencesService preferences = Platform.getPreferencesService();
		if (!preferences.getBoolean(NODE, enabledKey, false, null)) {
			return BrokerSettings.OFF;
		}
		return validPort(preferences.getInt(NODE, portKey, defaultPort, null), defaultPort);
	}

	private static int validPort(int port, int defaultPort) {
		return port < 1 || port > 65535 ? defaultPort : port;
	}

	private static CertificateSource certificate() {
		IPreferencesService preferences = Platform.getPreferencesService();
		String kind = preferences.getString(NODE, CERTIFICATE_KIND, CertificateSource.Kind.LAN.name(), null);
		if (CertificateSource.Kind.PEM.name().equals(kind)) {
			return CertificateSource.pem(path(CERTIFICATE_FILE), path(KEY_FILE));
		}
		if (CertificateSource.Kind.PKCS12.name().equals(kind)) {
			return CertificateSource.pkcs12(path(PKCS12_FILE), Pkcs12Password.read());
		}
		return CertificateSource.lan(DataLocation.current());
	}

	private static Path path(String key) {
		String value = Platform.getPreferencesService().getString(NODE, key, "", null).trim(); //$NON-NLS-1$
		return value.isEmpty() ? null : Path.of(value);
	}

	/** Whether the workbench starts the broker; a product or test can turn it off with plug-in customization. */
	public static boolean startWithWorkbench() {
		return Platform.getPreferencesService().getBoolean(NODE, START_WITH_WORKBENCH, true, null);
	}

	public static void store(BrokerSettings settings) throws BackingStoreException {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.putInt(PORT, settings.port());
		node.put(BIND_ADDRESS, settings.bindAddress());
		node.putBoolean(ALLOW_ANONYMOUS, settings.allowAnonymous());
		storeListener(node, TLS_ENABLED, TLS_PORT, settings.tlsPort());
		storeListener(node, WEBSOCKET_ENABLED, WEBSOCKET_PORT, settings.webSocketPort());
		storeListener(node, SECURE_WEBSOCKET_ENABLED, SECURE_WEBSOCKET_PORT, settings.secureWebSocketPort());
		CertificateSource certificate = settings.certificate();
		node.put(CERTIFICATE_KIND, certificate.kind().name());
		switch (certificate.kind()) {
		case LAN -> {
			// the files of the other kinds stay, for when the user switches back
		}
		case PEM -> {
			node.put(CERTIFICATE_FILE, text(certificate.certificate()));
			node.put(KEY_FILE, text(certificate.privateKey()));
		}
		case PKCS12 -> {
			node.put(PKCS12_FILE, text(certificate.certificate()));
			storePkcs12Password(certificate.password());
		}
		}
		node.flush();
	}

	private static void storeListener(IEclipsePreferences node, String enabledKey, String portKey, int port) {
		node.putBoolean(enabledKey, port != BrokerSettings.OFF);
		if (port != BrokerSettings.OFF) {
			node.putInt(portKey, port);
		}
	}

	private static String text(Path path) {
		return path == null ? "" : path.toString(); //$NON-NLS-1$
	}

	/** The password of the PKCS#12 file, from Eclipse Secure Storage; {@code null} if none is stored. */
	public static String pkcs12Password() {
		return Pkcs12Password.read();
	}

	/**
	 * Keeps the password of the PKCS#12 file in Eclipse Secure Storage (encrypted); {@code null} or empty removes it.
	 *
	 * @throws BackingStoreException if Secure Storage is not available or cannot be written
	 */
	public static void storePkcs12Password(String password) throws BackingStoreException {
		Pkcs12Password.write(password);
	}
}
