package org.iotbench.broker;

import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/** The broker settings the user chose in the preferences, shared by the workbench and the command line. */
public final class BrokerPreferences {

	public static final String NODE = "org.iotbench.broker"; //$NON-NLS-1$
	public static final String PORT = "port"; //$NON-NLS-1$
	public static final String BIND_ADDRESS = "bindAddress"; //$NON-NLS-1$
	public static final String ALLOW_ANONYMOUS = "allowAnonymous"; //$NON-NLS-1$
	public static final String START_WITH_WORKBENCH = "startWithWorkbench"; //$NON-NLS-1$

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
	}

	/** The settings from the preferences; a broken value falls back to its default. */
	public static BrokerSettings load() {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		BrokerSettings defaults = BrokerSettings.defaults();
		int port = node.getInt(PORT, defaults.port());
		String bind = node.get(BIND_ADDRESS, defaults.bindAddress());
		return new BrokerSettings(bind, port < 1 || port > 65535 ? defaults.port() : port,
				node.getBoolean(ALLOW_ANONYMOUS, defaults.allowAnonymous()), defaults.maxMessageBytes());
	}

	public static boolean startWithWorkbench() {
		return InstanceScope.INSTANCE.getNode(NODE).getBoolean(START_WITH_WORKBENCH, true);
	}

	public static void store(BrokerSettings settings) throws BackingStoreException {
		IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
		node.putInt(PORT, settings.port());
		node.put(BIND_ADDRESS, settings.bindAddress());
		node.putBoolean(ALLOW_ANONYMOUS, settings.allowAnonymous());
		node.flush();
	}
}
