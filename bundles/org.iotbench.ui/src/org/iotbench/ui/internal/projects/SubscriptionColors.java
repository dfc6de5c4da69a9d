package org.iotbench.ui.internal.projects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.iotbench.core.Topics;
import org.iotbench.projects.Subscription;
import org.iotbench.sessions.Message;

/** The colour of each message: that of the first subscription it matches; new subscriptions get the next hue. */
final class SubscriptionColors {

	private static final String[] PALETTE = { "#dbeafe", "#dcfce7", "#fef3c7", "#fce7f3", "#ede9fe", "#ffedd5", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"#cffafe", "#f3f4f6" }; //$NON-NLS-1$ //$NON-NLS-2$

	private final Map<String, Color> colors = new HashMap<>();
	private final List<Subscription> subscriptions;

	SubscriptionColors(List<Subscription> subscriptions) {
		this.subscriptions = subscriptions;
	}

	static String next(int index) {
		return PALETTE[index % PALETTE.length];
	}

	Subscription match(Message message) {
		for (Subscription subscription : subscriptions) {
			if (Topics.matches(subscription.getTopicFilter(), message.topic())) {
				return subscription;
			}
		}
		return null;
	}

	Color of(Message message) {
		Subscription subscription = match(message);
		return subscription == null ? null : color(subscription.getColor());
	}

	Color color(String hex) {
		if (hex == null || !hex.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			return null;
		}
		return colors.computeIfAbsent(hex, h -> new Color(Display.getCurrent(), new RGB(
				Integer.parseInt(h.substring(1, 3), 16), Integer.parseInt(h.substring(3, 5), 16),
				Integer.parseInt(h.substring(5, 7), 16))));
	}

	void dispose() {
		colors.clear();
	}
}
