package org.iotbench.ui.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

/** The bundle's icons, loaded once into JFace's image registry. */
public final class Images {

	public static final String ONLINE = "online"; //$NON-NLS-1$
	public static final String OFFLINE = "offline"; //$NON-NLS-1$
	public static final String DISABLED = "disabled"; //$NON-NLS-1$
	public static final String REFUSED = "refused"; //$NON-NLS-1$
	public static final String COPY = "copy"; //$NON-NLS-1$
	public static final String RETAINED = "retained"; //$NON-NLS-1$
	public static final String BUSIEST = "busiest"; //$NON-NLS-1$
	public static final String SHOW_ALL = "show-all"; //$NON-NLS-1$
	public static final String CHART = "chart"; //$NON-NLS-1$
	public static final String DASHBOARD = "dashboard"; //$NON-NLS-1$

	private static final String PREFIX = "org.iotbench.ui."; //$NON-NLS-1$

	private Images() {
	}

	/** The descriptor of an icon, for actions. */
	public static ImageDescriptor descriptor(String name) {
		get(name);
		return JFaceResources.getImageRegistry().getDescriptor(PREFIX + name);
	}

	public static Image get(String name) {
		ImageRegistry registry = JFaceResources.getImageRegistry();
		Image image = registry.get(PREFIX + name);
		if (image == null) {
			registry.put(PREFIX + name, ImageDescriptor.createFromURL(Images.class.getResource("/icons/" + name + ".png"))); //$NON-NLS-1$ //$NON-NLS-2$
			image = registry.get(PREFIX + name);
		}
		return image;
	}
}
