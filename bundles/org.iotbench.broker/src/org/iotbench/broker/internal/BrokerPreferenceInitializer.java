package org.iotbench.broker.internal;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.iotbench.broker.BrokerPreferences;

/** The defaults of the broker's preferences, from {@link org.iotbench.broker.BrokerSettings#defaults()}. */
public final class BrokerPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		BrokerPreferences.initializeDefaults();
	}
}
