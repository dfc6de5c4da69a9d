package org.iotbench.ui.internal.dashboards;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.Choices;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;

/** A drop-down of labelled choices; picking one publishes its value. With a status topic it shows the device's. */
final class ChoicePart extends WidgetPart {

	private final Combo combo;
	private final List<Choices.Choice> choices;

	ChoicePart(Composite parent, Widget widget, Publisher publisher) {
		super(widget);
		List<Choices.Choice> parsed;
		try {
			parsed = Choices.parse(widget.getChoices());
		} catch (IllegalArgumentException e) {
			parsed = List.of(); // the dialog checks choices; a hand-edited file may not
		}
		choices = parsed;
		combo = new Combo(parent, SWT.READ_ONLY);
		for (Choices.Choice choice : choices) {
			combo.add(choice.label());
		}
		combo.addListener(SWT.Selection, e -> {
			if (combo.getSelectionIndex() >= 0) {
				publisher.publish(choices.get(combo.getSelectionIndex()).value());
			}
		});
	}

	/** Picks a choice by its label, as a user would. */
	void pick(String label) {
		combo.select(combo.indexOf(label));
		combo.notifyListeners(SWT.Selection, null);
	}

	@Override
	Control control() {
		return combo;
	}

	@Override
	void show(WidgetState state) {
		for (int i = 0; i < choices.size(); i++) {
			if (choices.get(i).value().equals(state.text() == null ? null : state.text().trim())) {
				combo.select(i);
			}
		}
	}

	@Override
	String shown() {
		return combo.getText();
	}
}
