package org.iotbench.ui.internal.dashboards;

import org.eclipse.swt.widgets.Composite;
import org.iotbench.projects.Widget;

/** The part of each kind of widget. */
final class WidgetParts {

	private WidgetParts() {
	}

	static WidgetPart create(Composite parent, Widget widget, WidgetPart.Publisher publisher) {
		return switch (widget.getKind()) {
		case GAUGE -> new GaugePart(parent, widget);
		case LINE -> new LinePart(parent, widget);
		case BAR -> new BarPart(parent, widget);
		case INDICATOR -> new IndicatorPart(parent, widget);
		case IMAGE -> new ImagePart(parent, widget);
		case LOG -> new LogPart(parent, widget);
		case BUTTON -> new ButtonPart(parent, widget, publisher);
		case SWITCH -> new SwitchPart(parent, widget, publisher);
		case SLIDER -> new SliderPart(parent, widget, publisher);
		case INPUT -> new InputPart(parent, widget, publisher);
		case CHOICE -> new ChoicePart(parent, widget, publisher);
		case COLOR -> new ColorPart(parent, widget, publisher);
		default -> new ValuePart(parent, widget);
		};
	}
}
