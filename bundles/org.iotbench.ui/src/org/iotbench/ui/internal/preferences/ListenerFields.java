package org.iotbench.ui.internal.preferences;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.iotbench.broker.BrokerPreferences;
import org.iotbench.broker.BrokerSettings;
import org.iotbench.ui.internal.Messages;

/** The TLS, WebSocket and secure WebSocket listeners: each a check box and, under it, its port. */
final class ListenerFields {

	/** One listener: whether it is on, and its port. */
	private record Row(BooleanFieldEditor enabled, IntegerFieldEditor port) {
	}

	private final Group group;
	private final Row tls;
	private final Row webSocket;
	private final Row secureWebSocket;

	ListenerFields(Composite parent, Consumer<FieldEditor> fields) {
		group = new Group(parent, 0);
		group.setText(Messages.Preferences_listeners);
		tls = row(BrokerPreferences.TLS_ENABLED, Messages.Preferences_tls, BrokerPreferences.TLS_PORT, fields);
		webSocket = row(BrokerPreferences.WEBSOCKET_ENABLED, Messages.Preferences_webSocket,
				BrokerPreferences.WEBSOCKET_PORT, fields);
		secureWebSocket = row(BrokerPreferences.SECURE_WEBSOCKET_ENABLED, Messages.Preferences_secureWebSocket,
				BrokerPreferences.SECURE_WEBSOCKET_PORT, fields);
	}

	private Row row(String enabledKey, String label, String portKey, Consumer<FieldEditor> fields) {
		BooleanFieldEditor enabled = new BooleanFieldEditor(enabledKey, label, group);
		IntegerFieldEditor port = new IntegerFieldEditor(portKey, Messages.Preferences_listenerPort, group);
		port.setValidRange(1, 65535);
		port.setErrorMessage(Messages.Preferences_portError);
		fields.accept(enabled);
		fields.accept(port);
		return new Row(enabled, port);
	}

	/** Lays the group out over the page's columns; call after the page has laid out its field editors. */
	void layout(int columns) {
		GridDataFactory.fillDefaults().grab(true, false).span(columns, 1).indent(0, 8).applyTo(group);
		// every field editor set the group's layout to its own columns when it was made
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
	}

	/** Enables each port field only while its listener is on. */
	void updateEnablement() {
		for (Row row : List.of(tls, webSocket, secureWebSocket)) {
			row.port().setEnabled(row.enabled().getBooleanValue(), group);
		}
	}

	/** The settings with the listeners as the fields show them; the port fields must be valid. */
	BrokerSettings applyTo(BrokerSettings settings) {
		return settings.withTlsPort(port(tls)).withWebSocketPort(port(webSocket))
				.withSecureWebSocketPort(port(secureWebSocket));
	}

	/** Whether a listener that needs a certificate is on. */
	boolean needsCertificate() {
		return tls.enabled().getBooleanValue() || secureWebSocket.enabled().getBooleanValue();
	}

	private static int port(Row row) {
		return row.enabled().getBooleanValue() ? row.port().getIntValue() : BrokerSettings.OFF;
	}
}
