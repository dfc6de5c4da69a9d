package org.iotbench.ui.internal.properties;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Something shown in the Properties view that is not an EMF object (a message, a level of the topic tree): a category
 * of named properties, read-only. Subclasses give the values.
 */
public abstract class ReadOnlyPropertySource implements IPropertySource {

	private final String category;
	private final String[] ids;
	private final String[] names;
	private final String[] descriptions;

	/**
	 * @param descriptions shown in the status line when a property is selected; {@code null}, or {@code null} items,
	 *                     for none
	 */
	protected ReadOnlyPropertySource(String category, String[] ids, String[] names, String[] descriptions) {
		this.category = category;
		this.ids = ids;
		this.names = names;
		this.descriptions = descriptions;
	}

	@Override
	public Object getEditableValue() {
		return this;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		IPropertyDescriptor[] descriptors = new IPropertyDescriptor[ids.length];
		for (int i = 0; i < ids.length; i++) {
			PropertyDescriptor descriptor = new PropertyDescriptor(ids[i], names[i]);
			descriptor.setCategory(category);
			descriptor.setDescription(descriptions == null ? null : descriptions[i]);
			descriptors[i] = descriptor;
		}
		return descriptors;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return false;
	}

	@Override
	public void resetPropertyValue(Object id) {
		// read-only
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		// read-only
	}
}
