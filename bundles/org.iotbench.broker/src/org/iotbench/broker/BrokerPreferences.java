package org.iotbench.broker;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;
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
		IPreferencesService preferences = Platform.getPreferencesService();
		BrokerSettings defaults = BrokerSettings.defaults();
		int port = preferences.getInt(NODE, PORT, defaults.port(), null);
		String bind = preferences.getString(NODE, BIND_ADDRESS, defaults.bindAddress(), null);
		return new BrokerSettings(bind, port < 1 || port > 65535 ? defaults.port() : port,
				preferences.getBoolean(NODE, ALLOW_ANONYMOUS, defaults.allowAnonymous(), null),
				defaults.maxMessageBytes());
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
		node.flush();
	}
}
