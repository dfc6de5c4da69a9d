package org.iotbench.ui.internal.views;

import java.text.DateFormat;
import java.util.Date;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Image;
import org.iotbench.broker.BrokerStatistics;
import org.iotbench.broker.BrokerStatistics.ClientCounters;
import org.iotbench.clients.RegisteredClient;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.simulator.VirtualDevices;

/** The columns of the clients table. */
final class ClientColumns {

	private ClientColumns() {
	}

	/** @param traffic the broker's latest counters */
	static void create(TableViewer viewer, Supplier<BrokerStatistics> traffic) {
		DateFormat format = DateFormat.getDateTimeInstance(DateFormat.SHORT, DateFormat.MEDIUM);
		column(viewer, Messages.ClientsView_name, 160, RegisteredClient::getName, ClientColumns::stateImage);
		column(viewer, Messages.ClientsView_clientId, 150, RegisteredClient::getClientId, c -> null);
		column(viewer, Messages.ClientsView_state, 160, ClientColumns::state, c -> null);
		column(viewer, Messages.ClientsView_address, 150, c -> c.isOnline() && c.getAddress() != null ? c.getAddress() : "", //$NON-NLS-1$
				c -> null);
		column(viewer, Messages.ClientsView_lastSeen, 150, c -> date(format, c.getLastSeen()), c -> null);
		column(viewer, Messages.ClientsView_messagesIn, 80, c -> count(traffic, c, ClientCounters::messagesIn), c -> null);
		column(viewer, Messages.ClientsView_messagesOut, 80, c -> count(traffic, c, ClientCounters::messagesOut),
				c -> null);
		column(viewer, Messages.ClientsView_dropped, 80, c -> count(traffic, c, ClientCounters::dropped), c -> null);
		column(viewer, Messages.ClientsView_description, 220, c -> c.getDescription() == null ? "" : c.getDescription(), //$NON-NLS-1$
				c -> null);
	}

	static String state(RegisteredClient client) {
		String state;
		if (!client.isEnabled()) {
			state = Messages.ClientsView_disabled;
		} else {
			state = client.isOnline() ? Messages.ClientsView_online : Messages.ClientsView_offline;
		}
		String virtual = VirtualDevices.instance().describe(client.getClientId());
		return virtual.isEmpty() ? state : state + " \u00B7 " + virtual; //$NON-NLS-1$
	}

	private static Image stateImage(RegisteredClient client) {
		if (!client.isEnabled()) {
			return Images.get(Images.DISABLED);
		}
		return Images.get(client.isOnline() ? Images.ONLINE : Images.OFFLINE);
	}

	private static String count(Supplier<BrokerStatistics> traffic, RegisteredClient client,
			ToLongFunction<ClientCounters> counter) {
		BrokerStatistics statistics = traffic.get();
		ClientCounters counters = statistics == null ? null : statistics.perClient().get(client.getClientId());
		return counters == null ? "" : Long.toString(counter.applyAsLong(counters)); //$NON-NLS-1$
	}

	private static String date(DateFormat format, Date date) {
		return date == null ? Messages.ClientsView_never : format.format(date);
	}

	private static void column(TableViewer viewer, String title, int width, Function<RegisteredClient, String> text,
			Function<RegisteredClient, Image> image) {
		TableColumns.add(viewer, RegisteredClient.class, title, width, text, image);
	}
}
