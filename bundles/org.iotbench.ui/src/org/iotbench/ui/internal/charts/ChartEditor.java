package org.iotbench.ui.internal.charts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.iotbench.history.ChartCsv;
import org.iotbench.history.ChartSampler;
import org.iotbench.history.History;
import org.iotbench.history.SeriesPoints;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.Chart;
import org.iotbench.projects.ChartSeries;
import org.iotbench.projects.Project;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.sessions.Session;
import org.iotbench.ui.internal.HelpContexts;
import org.iotbench.ui.internal.Log;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.NoSaveEditor;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.projects.ProjectDecoders;

/**
 * A chart of a project: numbers out of its payloads over time, live through the project's session. A
 * {@link ChartSampler} takes the numbers on a thread of its own; the editor copies its points twice a second, so the UI
 * thread's work does not grow with the message rate. Pause holds the picture; a drag on the plot zooms to a time range
 * (and pauses), a double-click follows again. Export as PNG or CSV. The chart's lines and window are saved with the
 * project.
 */
public final class ChartEditor extends NoSaveEditor {

	public static final String ID = "org.iotbench.ui.editors.chart"; //$NON-NLS-1$
	/** How often the picture is brought up to date while following. */
	static final int REFRESH_MS = 500;
	private static final int[] WINDOWS = { 60, 300, 900, 3600, 6 * 3600, 24 * 3600 };

	private Project project;
	private Chart chart;
	private Session session;
	private History history;
	private ChartSampler sampler;
	/** The project's decoder, read by the sampler's thread; made on the UI thread, where the model lives. */
	private volatile PayloadDecoder decoder;
	private LineChart lines;
	private Label status;
	private Button pause;
	private Combo window;
	private EContentAdapter chartListener;
	private long refreshes;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof ChartEditorInput chartInput)) {
			throw new PartInitException(input.getName());
		}
		setSite(site);
		setInput(input);
		project = chartInput.project();
		chart = chartInput.chart();
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		try {
			session = Services.projects().session(project); // opened here when the project's editor is not open
		} catch (ProjectException e) {
			throw new PartInitException(NLS.bind(Messages.Chart_noSession, project.getName(), e.getMessage()), e);
		}
		history = Services.projects().history(project).orElse(null);
	}

	@Override
	public void createPartControl(Composite parent) {
		HelpContexts.set(parent, HelpContexts.PROJECT_EDITOR);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(body);
		Composite bar = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(9).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		pause = new Button(bar, SWT.TOGGLE);
		pause.setText(Messages.Chart_pause);
		pause.setToolTipText(Messages.Chart_pauseTip);
		pause.addListener(SWT.Selection, e -> {
			if (!pause.getSelection()) {
				lines.resetZoom();
			}
			refresh();
		});
		button(bar, Messages.Chart_addLine, Messages.Chart_addLineTip, this::addLine);
		button(bar, Messages.Chart_removeLine, Messages.Chart_removeLineTip, this::removeLine);
		button(bar, Messages.Chart_exportPng, Messages.Chart_exportPngTip, this::exportPng);
		button(bar, Messages.Chart_exportCsv, Messages.Chart_exportCsvTip, this::exportCsv);
		button(bar, Messages.Chart_delete, Messages.Chart_deleteTip, this::deleteChart);
		new Label(bar, SWT.NONE).setText(Messages.Chart_window);
		window = new Combo(bar, SWT.READ_ONLY);
		for (int seconds : WINDOWS) {
			window.add(windowLabel(seconds));
		}
		window.select(windowIndex(chart.getWindowSeconds()));
		window.setToolTipText(Messages.Chart_windowTip);
		window.addListener(SWT.Selection, e -> {
			chart.setWindowSeconds(WINDOWS[window.getSelectionIndex()]);
			save();
		});
		status = new Label(bar, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(100, SWT.DEFAULT)
				.applyTo(status);

		lines = new LineChart(body, range -> {
			pause.setSelection(range != null);
			refresh();
		});
		GridDataFactory.fillDefaults().grab(true, true).applyTo(lines.control());
		lines.control().setToolTipText(Messages.Chart_plotTip);

		restart();
		chartListener = new EContentAdapter() {
			@Override
			public void notifyChanged(Notification notification) {
				super.notifyChanged(notification);
				if (!notification.isTouch() && !body.isDisposed()) {
					body.getDisplay().asyncExec(() -> {
						if (!body.isDisposed()) {
							setPartName(getEditorInput().getName());
							restart();
						}
					});
				}
			}
		};
		chart.eAdapters().add(chartListener);
		body.getDisplay().timerExec(REFRESH_MS, new Runnable() {
			@Override
			public void run() {
				if (body.isDisposed()) {
					return;
				}
				if (!pause.getSelection()) {
					refresh();
				}
				body.getDisplay().timerExec(REFRESH_MS, this);
			}
		});
	}

	private static Button button(Composite bar, String text, String tip, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** A new sampler for the chart's lines and window as they are now. */
	private void restart() {
		if (sampler != null) {
			sampler.close();
		}
		List<ChartSampler.Line> specs = new ArrayList<>();
		for (ChartSeries series : chart.getSeries()) {
			JsonPath path;
			try {
				path = JsonPath.parse(series.getJsonPath() == null ? "" : series.getJsonPath()); //$NON-NLS-1$
			} catch (IllegalArgumentException e) {
				path = JsonPath.ROOT; // the dialog checks paths; a hand-edited file may not
			}
			specs.add(new ChartSampler.Line(series.getTopicFilter(), path));
		}
		decoder = ProjectDecoders.of(project);
		sampler = new ChartSampler(specs, session.messages(), history, () -> decoder,
				chart.getWindowSeconds() * 1000L).start();
		window.select(windowIndex(chart.getWindowSeconds()));
		refresh();
	}

	/** Copies the sampler's points into the chart and says how many there are. */
	void refresh() {
		if (lines == null || lines.control().isDisposed()) {
			return;
		}
		refreshes++;
		decoder = ProjectDecoders.of(project); // the declarations may have changed
		List<String> names = new ArrayList<>();
		List<String> colors = new ArrayList<>();
		List<SeriesPoints.Snapshot> points = new ArrayList<>();
		long total = 0;
		for (int i = 0; i < chart.getSeries().size() && i < sampler.lines().size(); i++) {
			ChartSeries series = chart.getSeries().get(i);
			names.add(name(series));
			colors.add(series.getColor());
			SeriesPoints.Snapshot snapshot = sampler.points(i).snapshot();
			points.add(snapshot);
			total += snapshot.size();
		}
		lines.show(names, colors, points, chart.getWindowSeconds() * 1000L);
		String state = chart.getSeries().isEmpty() ? Messages.Chart_empty
				: !sampler.filled() ? Messages.Chart_filling
						: lines.zoomed() ? Messages.Chart_zoomed
								: pause.getSelection() ? Messages.Chart_paused : Messages.Chart_live;
		boolean nothing = total == 0 && sampler.filled() && !chart.getSeries().isEmpty();
		status.setText(sampler.problem() != null ? NLS.bind(Messages.Chart_failed, sampler.problem())
				: nothing ? NLS.bind(Messages.Chart_noPoints, window.getText())
						: NLS.bind(Messages.Chart_status, new Object[] { state, Long.toString(total),
								Long.toString(sampler.skipped()) }));
		status.setToolTipText(status.getText());
	}

	/** The name of a line in the legend: its label, or its topic and path. */
	static String name(ChartSeries series) {
		if (series.getLabel() != null && !series.getLabel().isBlank()) {
			return series.getLabel();
		}
		String path = series.getJsonPath() == null || series.getJsonPath().isBlank() || series.getJsonPath().equals("$") //$NON-NLS-1$
				? "" : " " + series.getJsonPath(); //$NON-NLS-1$ //$NON-NLS-2$
		return series.getTopicFilter() + path;
	}

	private void addLine() {
		new ChartLineDialog(getSite().getShell(), project, null, null, chart).open();
	}

	private void removeLine() {
		if (chart.getSeries().isEmpty()) {
			return;
		}
		String[] names = chart.getSeries().stream().map(ChartEditor::name).toArray(String[]::new);
		org.eclipse.ui.dialogs.ListDialog dialog = new org.eclipse.ui.dialogs.ListDialog(getSite().getShell());
		dialog.setTitle(Messages.Chart_removeLine);
		dialog.setMessage(Messages.Chart_removeLineTip);
		dialog.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		dialog.setLabelProvider(new org.eclipse.jface.viewers.LabelProvider());
		dialog.setInput(names);
		if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.getResult().length == 1) {
			int index = java.util.Arrays.asList(names).indexOf(dialog.getResult()[0]);
			chart.getSeries().remove(index);
			save();
		}
	}

	private void deleteChart() {
		if (MessageDialog.openConfirm(getSite().getShell(), Messages.Chart_delete,
				NLS.bind(Messages.Chart_deleteConfirm, getPartName()))) {
			project.getCharts().remove(chart);
			save();
			getSite().getPage().closeEditor(this, false);
		}
	}

	private void exportPng() {
		String file = target(new String[] { "*.png" }, getPartName() + ".png"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file != null) {
			lines.savePng(file);
		}
	}

	private void exportCsv() {
		String file = target(new String[] { "*.csv" }, getPartName() + ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
		if (file == null) {
			return;
		}
		try {
			exportCsv(Path.of(file));
		} catch (IOException e) {
			String problem = NLS.bind(Messages.Chart_exportFailed, file, e.getMessage());
			Log.error(problem, e);
			MessageDialog.openError(getSite().getShell(), Messages.Chart_exportCsv, problem);
		}
	}

	private String target(String[] extensions, String name) {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setFilterExtensions(extensions);
		dialog.setFileName(name.replaceAll("[/\\\\:*?\"<>|]", "_")); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setOverwrite(true);
		return dialog.open();
	}

	private void save() {
		try {
			Services.projects().save();
		} catch (ProjectException e) {
			Log.error(e.getMessage(), e);
			MessageDialog.openError(getSite().getShell(), getPartName(), e.getMessage());
		}
	}

	private static String windowLabel(int seconds) {
		return seconds < 3600 ? NLS.bind(Messages.Chart_minutes, Integer.toString(seconds / 60))
				: NLS.bind(Messages.Chart_hours, Integer.toString(seconds / 3600));
	}

	private static int windowIndex(int seconds) {
		for (int i = 0; i < WINDOWS.length; i++) {
			if (WINDOWS[i] >= seconds) {
				return i;
			}
		}
		return WINDOWS.length - 1;
	}

	/** The sampler, for tests. */
	public ChartSampler sampler() {
		return sampler;
	}

	/** How many times the picture was brought up to date, for tests. */
	public long refreshes() {
		return refreshes;
	}

	/** Writes the chart's points as CSV, for tests and the command line of the future. */
	public long exportCsv(Path file) throws IOException {
		List<String> names = new ArrayList<>();
		List<SeriesPoints.Snapshot> points = new ArrayList<>();
		for (int i = 0; i < chart.getSeries().size() && i < sampler.lines().size(); i++) {
			names.add(name(chart.getSeries().get(i)));
			points.add(sampler.points(i).snapshot());
		}
		return ChartCsv.write(file, names, points);
	}

	/** Saves the chart's picture, for tests. */
	public void exportPng(Path file) {
		lines.savePng(file.toString());
	}

	@Override
	public void dispose() {
		if (sampler != null) {
			sampler.close();
		}
		if (chartListener != null) {
			chart.eAdapters().remove(chartListener);
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		lines.control().setFocus();
	}
}
