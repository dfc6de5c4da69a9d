package org.iotbench.ui.internal.charts;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.iotbench.core.Topics;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.JsonValues;
import org.iotbench.projects.Chart;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.Services;

import com.google.gson.JsonElement;

/**
 * Adds a line to a chart: a topic filter and where its number is in the payload, offered from a message's decoded
 * fields ({@code $.env.temp = 21.5}). Opened from a message ("Chart...") it also picks the chart, or makes a new one,
 * and opens it.
 */
public final class ChartLineDialog extends TitleAreaDialog {

	/** The most fields of a message offered. */
	private static final int MAX_FIELDS = 200;
	/** Between a field's path and its value in the list of fields: {@code $.env.temp   = 21.5}. */
	private static final String SHOWN_VALUE = "   = "; //$NON-NLS-1$

	private final Project project;
	private final String topic;
	private final JsonElement sample;
	private final Chart fixedChart;
	private Combo charts;
	private Text chartName;
	private Text filter;
	private Combo path;
	private Text label;
	private Chart saved;

	/**
	 * @param topic  the topic to start with, or null
	 * @param sample a decoded payload of the topic, whose numeric fields are offered, or null
	 * @param chart  the chart to add to, or null to pick one (or a new one) and open it
	 */
	public ChartLineDialog(Shell shell, Project project, String topic, JsonElement sample, Chart chart) {
		super(shell);
		this.project = project;
		this.topic = topic;
		this.sample = sample;
		this.fixedChart = chart;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.ChartLine_title);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.ChartLine_title);
		setMessage(Messages.ChartLine_message);
		Composite page = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(page);
		if (fixedChart == null) {
			new Label(page, SWT.NONE).setText(Messages.ChartLine_chart);
			charts = new Combo(page, SWT.READ_ONLY);
			project.getCharts().forEach(chart -> charts.add(new ChartEditorInput(project, chart).getName()));
			charts.add(Messages.ChartLine_newChart);
			charts.select(0);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(charts);
			new Label(page, SWT.NONE).setText(Messages.ChartLine_chartName);
			chartName = new Text(page, SWT.BORDER);
			chartName.setText(topic == null ? Messages.Chart_untitled : topic);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(chartName);
			charts.addListener(SWT.Selection, e -> chartName.setEnabled(isNewChart()));
			chartName.setEnabled(isNewChart());
		}
		new Label(page, SWT.NONE).setText(Messages.ChartLine_topic);
		filter = new Text(page, SWT.BORDER);
		filter.setText(topic == null ? "" : topic); //$NON-NLS-1$
		filter.setMessage(Messages.ChartLine_topicHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(filter);
		new Label(page, SWT.NONE).setText(Messages.ChartLine_path);
		path = new Combo(page, SWT.DROP_DOWN);
		path.setToolTipText(Messages.ChartLine_pathTip);
		if (sample != null && (sample.isJsonObject() || sample.isJsonArray())) {
			JsonPath.leaves(sample, MAX_FIELDS, (leaf, value) -> {
				if (JsonValues.number(value).isPresent()) {
					path.add(leaf + SHOWN_VALUE + JsonValues.compact(value));
				}
			});
		}
		if (path.getItemCount() == 0) {
			path.add("$"); //$NON-NLS-1$
		}
		path.select(0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		new Label(page, SWT.NONE).setText(Messages.ChartLine_label);
		label = new Text(page, SWT.BORDER);
		label.setMessage(Messages.ChartLine_labelHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return area;
	}

	private boolean isNewChart() {
		return charts.getSelectionIndex() == charts.getItemCount() - 1;
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID && !accept()) {
			return;
		}
		super.buttonPressed(buttonId);
		if (buttonId == IDialogConstants.OK_ID && fixedChart == null && saved != null) {
			open(project, saved);
		}
	}

	/** Adds the line to the chart and saves the project; false, with the reason shown, when something is wrong. */
	private boolean accept() {
		String topicFilter = filter.getText().trim();
		String problem = Topics.checkFilter(topicFilter);
		if (problem != null) {
			setErrorMessage(problem);
			return false;
		}
		String pathText = path.getText().trim();
		int shownValue = pathText.indexOf(SHOWN_VALUE);
		if (shownValue >= 0) {
			pathText = pathText.substring(0, shownValue);
		}
		try {
			JsonPath.parse(pathText);
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		Chart chart = fixedChart;
		if (chart == null && !isNewChart()) {
			chart = project.getCharts().get(charts.getSelectionIndex());
		}
		if (chart == null) {
			chart = ProjectsFactory.eINSTANCE.createChart();
			chart.setName(chartName.getText().trim().isEmpty() ? Messages.Chart_untitled : chartName.getText().trim());
			project.getCharts().add(chart);
		}
		ChartSeries series = ProjectsFactory.eINSTANCE.createChartSeries();
		series.setTopicFilter(topicFilter);
		series.setJsonPath(pathText.isEmpty() ? "$" : pathText); //$NON-NLS-1$
		series.setLabel(label.getText().trim());
		chart.getSeries().add(series);
		try {
			Services.projects().save();
		} catch (ProjectException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		saved = chart;
		return true;
	}

	/** Opens a chart of a project in its editor. */
	public static void open(Project project, Chart chart) {
		try {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
					.openEditor(new ChartEditorInput(project, chart), ChartEditor.ID);
		} catch (PartInitException e) {
			Log.error(NLS.bind(Messages.Chart_openFailed, e.getMessage()), e);
		}
	}
}
