package org.iotbench.ui.internal.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.iotbench.dashboards.WidgetCheck;
import org.iotbench.payloads.JsonValues;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Widget;
import org.iotbench.projects.WidgetKind;
import org.iotbench.ui.internal.Messages;

/**
 * The settings of one widget: the fields its kind uses and no others. Every change is checked at once (a wildcard on a
 * control, a bad JSON path, min not below max, a bad condition or colour zone) and OK stays disabled, with the reason
 * shown, until the settings are right. The widget itself changes only on OK.
 */
final class WidgetDialog extends TitleAreaDialog {

	private final Widget widget;
	private final boolean created;
	private final WidgetKind kind;
	private final List<Runnable> appliers = new ArrayList<>();
	private String numberProblem;
	private String problem;
	/** Whether the user changed a field: a new widget's empty topic is not an error before that. */
	private boolean touched;

	/**
	 * @param widget  the widget to change on OK (a copy when editing, so that Cancel changes nothing)
	 * @param created whether it is a new widget
	 */
	WidgetDialog(Shell shell, Project project, Widget widget, boolean created) {
		super(shell);
		this.widget = widget;
		this.created = created;
		this.kind = widget.getKind();
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(created ? NLS.bind(Messages.WidgetDialog_new, WidgetKinds.label(kind))
				: NLS.bind(Messages.WidgetDialog_edit, WidgetKinds.label(kind)));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(WidgetKinds.label(kind));
		setMessage(WidgetCheck.isControl(kind) ? Messages.WidgetDialog_controlMessage
				: Messages.WidgetDialog_displayMessage);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		boolean control = WidgetCheck.isControl(kind);
		text(form, Messages.WidgetDialog_title, Messages.WidgetDialog_titleTip, widget.getTitle(), widget::setTitle);
		text(form, control ? Messages.WidgetDialog_publishTo : Messages.WidgetDialog_topic,
				control ? Messages.WidgetDialog_publishToTip : Messages.WidgetDialog_topicTip, widget.getTopic(),
				value -> widget.setTopic(value.trim()));
		if (kind != WidgetKind.IMAGE && kind != WidgetKind.LOG && kind != WidgetKind.BUTTON) {
			text(form, Messages.WidgetDialog_path, control ? Messages.WidgetDialog_statusPathTip
					: Messages.WidgetDialog_pathTip, widget.getJsonPath(), value -> widget.setJsonPath(value.trim()));
		}
		switch (kind) {
		case VALUE, INDICATOR -> {
			text(form, Messages.WidgetDialog_unit, Messages.WidgetDialog_unitTip, widget.getUnit(), widget::setUnit);
			integer(form, Messages.WidgetDialog_decimals, Messages.WidgetDialog_decimalsTip, widget.getDecimals(),
					widget::setDecimals);
			if (kind == WidgetKind.INDICATOR) {
				text(form, Messages.WidgetDialog_condition, Messages.WidgetDialog_conditionTip,
						widget.getCondition(), widget::setCondition);
			}
		}
		case GAUGE -> {
			text(form, Messages.WidgetDialog_unit, Messages.WidgetDialog_unitTip, widget.getUnit(), widget::setUnit);
			integer(form, Messages.WidgetDialog_decimals, Messages.WidgetDialog_decimalsTip, widget.getDecimals(),
					widget::setDecimals);
			range(form);
			text(form, Messages.WidgetDialog_zones, Messages.WidgetDialog_zonesTip, widget.getZones(),
					widget::setZones);
		}
		case LINE, BAR -> {
			if (kind == WidgetKind.LINE) {
				integer(form, Messages.WidgetDialog_window, Messages.WidgetDialog_windowTip,
						widget.getWindowSeconds(), widget::setWindowSeconds);
			} else {
				range(form);
			}
			series(form);
		}
		case BUTTON -> {
			text(form, Messages.WidgetDialog_payload, Messages.WidgetDialog_buttonPayloadTip, widget.getPayload(),
					widget::setPayload);
			text(form, Messages.WidgetDialog_buttonText, Messages.WidgetDialog_buttonTextTip, widget.getUnit(),
					widget::setUnit);
		}
		case SWITCH -> {
			text(form, Messages.WidgetDialog_on, Messages.WidgetDialog_onTip, widget.getOnPayload(),
					widget::setOnPayload);
			text(form, Messages.WidgetDialog_off, Messages.WidgetDialog_offTip, widget.getOffPayload(),
					widget::setOffPayload);
		}
		case SLIDER -> {
			range(form);
			number(form, Messages.WidgetDialog_step, Messages.WidgetDialog_stepTip, widget.getStep(),
					widget::setStep);
			text(form, Messages.WidgetDialog_unit, Messages.WidgetDialog_unitTip, widget.getUnit(), widget::setUnit);
			integer(form, Messages.WidgetDialog_decimals, Messages.WidgetDialog_decimalsTip, widget.getDecimals(),
					widget::setDecimals);
			check(form, Messages.WidgetDialog_dragging, Messages.WidgetDialog_draggingTip, widget.isWhileDragging(),
					widget::setWhileDragging);
		}
		case CHOICE -> text(form, Messages.WidgetDialog_choices, Messages.WidgetDialog_choicesTip,
				widget.getChoices(), widget::setChoices);
		default -> {
			// INPUT, COLOR, IMAGE, LOG: nothing of their own
		}
		}
		if (control && kind != WidgetKind.BUTTON && kind != WidgetKind.SWITCH) {
			text(form, Messages.WidgetDialog_template, Messages.WidgetDialog_templateTip, widget.getPayload(),
					widget::setPayload);
		}
		if (control && kind != WidgetKind.BUTTON) {
			text(form, Messages.WidgetDialog_status, Messages.WidgetDialog_statusTip, widget.getStatusTopic(),
					value -> widget.setStatusTopic(value.trim()));
		}
		if (control) {
			new Label(form, SWT.NONE).setText(Messages.WidgetDialog_qos);
			Composite qosRow = new Composite(form, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(2).applyTo(qosRow);
			Combo qos = new Combo(qosRow, SWT.READ_ONLY);
			qos.setItems("0", "1", "2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			qos.select(Math.max(0, Math.min(2, widget.getQos())));
			qos.addListener(SWT.Selection, e -> changed());
			appliers.add(() -> widget.setQos(qos.getSelectionIndex()));
			Button retain = new Button(qosRow, SWT.CHECK);
			retain.setText(Messages.WidgetDialog_retain);
			retain.setToolTipText(Messages.WidgetDialog_retainTip);
			retain.setSelection(widget.isRetain());
			retain.addListener(SWT.Selection, e -> changed());
			appliers.add(() -> widget.setRetain(retain.getSelection()));
		} else {
			integer(form, Messages.WidgetDialog_stale, Messages.WidgetDialog_staleTip, widget.getStaleSeconds(),
					widget::setStaleSeconds);
		}
		return area;
	}

	private void range(Composite form) {
		number(form, Messages.WidgetDialog_min, Messages.WidgetDialog_minTip, widget.getMin(), widget::setMin);
		number(form, Messages.WidgetDialog_max, Messages.WidgetDialog_maxTip, widget.getMax(), widget::setMax);
	}

	/** Further lines: one per line of text, "topic [JSON path]". */
	private void series(Composite form) {
		Label label = new Label(form, SWT.NONE);
		label.setText(Messages.WidgetDialog_lines);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
		Text lines = new Text(form, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
		lines.setToolTipText(Messages.WidgetDialog_linesTip);
		lines.setMessage(Messages.WidgetDialog_linesHint);
		StringBuilder text = new StringBuilder();
		for (ChartSeries series : widget.getSeries()) {
			text.append(series.getTopicFilter());
			if (series.getJsonPath() != null && !series.getJsonPath().isBlank()) {
				text.append(' ').append(series.getJsonPath());
			}
			text.append('\n');
		}
		lines.setText(text.toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, 60).applyTo(lines);
		lines.addListener(SWT.Modify, e -> changed());
		appliers.add(() -> {
			widget.getSeries().clear();
			for (String line : lines.getText().split("\\R")) { //$NON-NLS-1$
				String[] words = line.trim().split("\\s+", 2); //$NON-NLS-1$
				if (words[0].isEmpty()) {
					continue;
				}
				ChartSeries series = ProjectsFactory.eINSTANCE.createChartSeries();
				series.setTopicFilter(words[0]);
				series.setJsonPath(words.length > 1 ? words[1].trim() : ""); //$NON-NLS-1$
				widget.getSeries().add(series);
			}
		});
	}

	private Text field(Composite form, String label, String tip) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER | SWT.SINGLE);
		text.setToolTipText(tip);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(text);
		text.addListener(SWT.Modify, e -> changed());
		return text;
	}

	private void text(Composite form, String label, String tip, String value, java.util.function.Consumer<String> set) {
		Text text = field(form, label, tip);
		text.setText(value == null ? "" : value); //$NON-NLS-1$
		appliers.add(() -> set.accept(text.getText()));
	}

	private void integer(Composite form, String label, String tip, int value,
			java.util.function.IntConsumer set) {
		Text text = field(form, label, tip);
		text.setText(Integer.toString(value));
		appliers.add(() -> {
			try {
				set.accept(Integer.parseInt(text.getText().trim()));
			} catch (NumberFormatException e) {
				numberProblem = numberProblem != null ? numberProblem
						: NLS.bind(Messages.WidgetDialog_notWhole, label, text.getText().trim());
			}
		});
	}

	private void number(Composite form, String label, String tip, double value,
			java.util.function.DoubleConsumer set) {
		Text text = field(form, label, tip);
		text.setText(ValueFormat.number(ProjectsFactory.eINSTANCE.createWidget(), value));
		appliers.add(() -> {
			OptionalDouble parsed = JsonValues.number(text.getText().trim());
			if (parsed.isPresent()) {
				set.accept(parsed.getAsDouble());
			} else {
				numberProblem = numberProblem != null ? numberProblem
						: NLS.bind(Messages.WidgetDialog_notNumber, label, text.getText().trim());
			}
		});
	}

	private void check(Composite form, String label, String tip, boolean value,
			java.util.function.Consumer<Boolean> set) {
		new Label(form, SWT.NONE);
		Button box = new Button(form, SWT.CHECK);
		box.setText(label);
		box.setToolTipText(tip);
		box.setSelection(value);
		box.addListener(SWT.Selection, e -> changed());
		appliers.add(() -> set.accept(box.getSelection()));
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		validate();
	}

	private void changed() {
		if (getButton(IDialogConstants.OK_ID) != null) { // not while the fields are filled in
			touched = true;
		}
		validate();
	}

	/** Applies the fields to a copy and says what is wrong with it, if anything. */
	private String validate() {
		Widget scratch = EcoreUtil.copy(widget);
		problem = apply(scratch);
		setErrorMessage(touched || !created ? problem : null);
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
		return problem;
	}

	/** Applies the fields to a widget; returns what is wrong with the result, or null. */
	private String apply(Widget target) {
		Widget original = EcoreUtil.copy(widget);
		numberProblem = null;
		appliers.forEach(Runnable::run); // the appliers write into this.widget ...
		String problem = numberProblem != null ? numberProblem : WidgetCheck.problem(widget);
		if (target != widget) { // ... so copy the result out and put the widget back as it was
			Widget result = EcoreUtil.copy(widget);
			restore(widget, original);
			restore(target, result);
		}
		return problem;
	}

	private static void restore(Widget into, Widget from) {
		for (var feature : into.eClass().getEAllStructuralFeatures()) {
			if (feature.isMany()) {
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) into.eGet(feature);
				list.clear();
				for (Object item : (List<?>) from.eGet(feature)) {
					list.add(EcoreUtil.copy((org.eclipse.emf.ecore.EObject) item));
				}
			} else {
				into.eSet(feature, from.eGet(feature));
			}
		}
	}

	/** Whether OK can be pressed. */
	boolean okEnabled() {
		Button ok = getButton(IDialogConstants.OK_ID);
		return ok != null && ok.isEnabled();
	}

	/** What is wrong with the settings as they are in the fields, or null. */
	String problem() {
		return problem;
	}

	@Override
	protected void okPressed() {
		if (apply(widget) != null) {
			return;
		}
		super.okPressed();
	}

	@Override
	protected Point getInitialSize() {
		Point size = super.getInitialSize();
		return new Point(Math.min(size.x, 720), Math.min(size.y, 680));
	}
}
