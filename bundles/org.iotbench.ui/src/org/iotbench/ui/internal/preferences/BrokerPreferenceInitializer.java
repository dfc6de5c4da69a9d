package org.iotbench.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.iotbench.broker.BrokerPreferences;

/** Puts the broker's defaults where "Restore Defaults" finds them. */
public final class BrokerPreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		BrokerPreferences.initializeDefaults();
	}
}
