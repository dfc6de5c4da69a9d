package org.iotbench.ui.internal.views;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.iotbench.clients.RegisteredClient;

/** Online clients first, then by name. */
final class ClientComparator extends ViewerComparator {

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		RegisteredClient left = (RegisteredClient) a;
		RegisteredClient right = (RegisteredClient) b;
		if (left.isOnline() != right.isOnline()) {
			return left.isOnline() ? -1 : 1;
		}
		return String.CASE_INSENSITIVE_ORDER.compare(String.valueOf(left.getName()), String.valueOf(right.getName()));
	}
}
