package org.iotbench.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.iotbench.broker.BrokerEndpoint;

/** Copies the URLs of the listeners selected in the Broker view to the clipboard, one a line. */
public final class CopyBrokerUrlHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			List<String> urls = selection.stream().filter(BrokerEndpoint.class::isInstance)
					.map(e -> ((BrokerEndpoint) e).url()).toList();
			if (!urls.isEmpty()) {
				DetailsDialog.copy(event, String.join("\n", urls), org.iotbench.ui.internal.Messages.Copy_urls); //$NON-NLS-1$
			}
		}
		return null;
	}
}
