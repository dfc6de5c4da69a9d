package org.iotbench.ui.internal.properties;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * The bridge from EMF.Edit item providers to the Properties view ({@code org.eclipse.emf.edit.ui}, which usually
 * provides it, is not on Maven Central).
 */
public final class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		Object adapter = adapterFactory.adapt(object, IItemPropertySource.class);
		return adapter instanceof IItemPropertySource source ? new ItemPropertySource(object, source) : null;
	}
}
