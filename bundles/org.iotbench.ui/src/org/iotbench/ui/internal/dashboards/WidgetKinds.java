package org.iotbench.ui.internal.dashboards;

import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.projects.provider.ProjectsEditPlugin;

/** The kinds of widgets: their names as the Properties view shows them, and a new widget of each with its defaults. */
final class WidgetKinds {

	private WidgetKinds() {
	}

	static String label(WidgetKind kind) {
		return ProjectsEditPlugin.INSTANCE.getString("_UI_WidgetKind_" + kind.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** A widget of a kind with the size and settings that suit it, not placed yet. */
	static Widget create(WidgetKind kind) {
		Widget widget = ProjectsFactory.eINSTANCE.createWidget();
		widget.setKind(kind);
		switch (kind) {
		case GAUGE -> size(widget, 3, 3);
		case LINE -> size(widget, 6, 4);
		case BAR -> size(widget, 4, 3);
		case INDICATOR, SWITCH, COLOR, BUTTON -> size(widget, 2, 2);
		case IMAGE, LOG -> size(widget, 4, 4);
		case SLIDER, INPUT -> size(widget, 4, 2);
		default -> size(widget, 3, 2);
		}
		if (kind == WidgetKind.BUTTON) {
			widget.setPayload("1"); //$NON-NLS-1$
		}
		if (kind == WidgetKind.CHOICE) {
			widget.setChoices("Low=1, Medium=2, High=3"); //$NON-NLS-1$
		}
		return widget;
	}

	private static void size(Widget widget, int width, int height) {
		widget.setWidth(width);
		widget.setHeight(height);
	}
}
