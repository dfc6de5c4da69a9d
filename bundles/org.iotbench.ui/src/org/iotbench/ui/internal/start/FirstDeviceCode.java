package org.iotbench.ui.internal.start;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.osgi.framework.FrameworkUtil;

/**
 * The seed's MicroPython example filled in for this broker: the template {@value #TEMPLATE} in this bundle, a file a
 * user can read, with {@code ${host}}, {@code ${port}}, {@code ${clientId}} and {@code ${password}} in it.
 */
final class FirstDeviceCode {

	static final String TEMPLATE = "templates/micropython-first-device.py"; //$NON-NLS-1$

	private FirstDeviceCode() {
	}

	static String of(String host, int port, String clientId, String password) {
		return template().replace("${host}", host).replace("${port}", Integer.toString(port)) //$NON-NLS-1$ //$NON-NLS-2$
				.replace("${clientId}", clientId).replace("${password}", password); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String template() {
		URL entry = FrameworkUtil.getBundle(FirstDeviceCode.class).getEntry(TEMPLATE);
		if (entry == null) {
			throw new IllegalStateException(TEMPLATE + " is missing from the bundle"); //$NON-NLS-1$
		}
		try (InputStream in = entry.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new IllegalStateException(TEMPLATE + " cannot be read", e); //$NON-NLS-1$
		}
	}
}
