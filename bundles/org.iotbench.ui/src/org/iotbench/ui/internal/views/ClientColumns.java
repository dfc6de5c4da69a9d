package org.iotbench.ui.internal.views;

import java.text.DateFormat;
import java.util.Date;
import java.util.function.Function;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Image;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;

/** The columns of the clients table. */
final class ClientColumns {

	private ClientColumns() {
	}

	static void create(TableViewer viewer) {
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.MEDIUM);
		column(viewer, Messages.ClientsView_name, 160, RegisteredClient::getName, ClientColumns::stateImage);
		column(viewer, Messages.ClientsView_clientId, 150, RegisteredClient::getClientId, c -> null);
		column(viewer, Messages.ClientsView_state, 90, ClientColumns::state, c -> null);
		column(viewer, Messages.ClientsView_address, 150, c -> c.isOnline() && c.getAddress() != null ? c.getAddress() : "", //$NON-NLS-1$
				c -> null);
		column(viewer, Messages.ClientsView_lastSeen, 150, c -> date(format, c.getLastSeen()), c -> null);
		column(viewer, Messages.ClientsView_description, 220, c -> c.getDescription() == null ? "" : c.getDescription(), //$NON-NLS-1$
				c -> null);
	}

	static String state(RegisteredClient client) {
		if (!client.isEnabled()) {
			return Messages.ClientsView_disabled;
		}
		return client.isOnline() ? Messages.ClientsView_online : Messages.ClientsView_offline;
	}

	private static Image stateImage(RegisteredClient client) {
		if (!client.isEnabled()) {
			return Images.get(Images.DISABLED);
		}
		return Images.get(client.isOnline() ? Images.ONLINE : Images.OFFLINE);
	}

	private static String date(DateFormat format, Date date) {
		return date == null ? Messages.ClientsView_never : format.format(date);
	}

	private static void column(TableViewer viewer, String title, int width, Function<RegisteredClient, String> text,
			Function<RegisteredClient, Image> image) {
		TableColumns.add(viewer, RegisteredClient.class, title, width, text, image);
	}
}
