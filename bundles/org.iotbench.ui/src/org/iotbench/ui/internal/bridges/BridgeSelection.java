package org.iotbench.ui.internal.bridges;

import java.io.IOException;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.BridgeFile;

/**
 * The bridge selected in the Broker view, as the workbench's selection: the bridge's settings as they are in the
 * bridges file (EMF objects the Properties view shows through their item providers), read when the selection changes.
 */
public final class BridgeSelection implements ISelectionProvider {

	private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
	private final ISelectionProvider names;
	private IStructuredSelection current = StructuredSelection.EMPTY;

	/** @param names a selection of bridges' names */
	public BridgeSelection(ISelectionProvider names) {
		this.names = names;
		names.addSelectionChangedListener(e -> changed(e.getSelection()));
	}

	private void changed(ISelection selection) {
		Object first = selection instanceof IStructuredSelection structured ? structured.getFirstElement() : null;
		IStructuredSelection next = StructuredSelection.EMPTY;
		if (first instanceof String name) {
			try {
				next = BridgeFile.current().read().getBridges().stream().filter(b -> name.equals(b.getName()))
						.findFirst().<IStructuredSelection>map(StructuredSelection::new).orElse(StructuredSelection.EMPTY);
			} catch (BridgeException | IOException e) {
				next = StructuredSelection.EMPTY; // the Broker view says what is wrong with the file
			}
		}
		current = next;
		SelectionChangedEvent event = new SelectionChangedEvent(this, current);
		for (ISelectionChangedListener listener : listeners) {
			listener.selectionChanged(event);
		}
	}

	@Override
	public ISelection getSelection() {
		return current;
	}

	@Override
	public void setSelection(ISelection selection) {
		names.setSelection(selection);
	}

	@Override
	public void addSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.add(listener);
	}

	@Override
	public void removeSelectionChangedListener(ISelectionChangedListener listener) {
		listeners.remove(listener);
	}
}
