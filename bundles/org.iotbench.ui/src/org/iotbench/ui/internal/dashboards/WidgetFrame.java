package org.iotbench.ui.internal.dashboards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.iotbench.dashboards.WidgetCheck;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;
import org.iotbench.ui.internal.Messages;

/**
 * One widget on a dashboard: its title, how old its value is (stale values say so in red), the part of its kind, and
 * a grip to resize it. The title bar is where it is dragged from, double-clicked to edit, and right-clicked for its
 * menu.
 */
final class WidgetFrame {

	private final Widget widget;
	private final Composite frame;
	private final Label title;
	private final Label age;
	private final Label grip;
	private final WidgetPart part;
	private long seenVersion = -1;
	private long shownAt;
	private boolean stale;
	private String problem;

	WidgetFrame(Composite parent, Widget widget, WidgetPart.Publisher publisher) {
		this.widget = widget;
		frame = new Composite(parent, SWT.BORDER);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 2).spacing(4, 2).applyTo(frame);
		title = new Label(frame, SWT.NONE);
		title.setFont(JFaceResources.getBannerFont());
		String name = widget.getTitle() == null || widget.getTitle().isBlank()
				? widget.getTopic() == null ? "" : widget.getTopic() //$NON-NLS-1$
				: widget.getTitle();
		title.setText(name);
		title.setToolTipText(NLS.bind(Messages.Widget_titleTip, name, widget.getTopic() == null ? "" : widget.getTopic())); //$NON-NLS-1$
		GridDataFactory.fillDefaults().grab(true, false).hint(20, SWT.DEFAULT).applyTo(title);
		age = new Label(frame, SWT.RIGHT);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).applyTo(age);
		part = WidgetParts.create(frame, widget, publisher);
		boolean oneLine = widget.getKind() == org.iotbench.projects.WidgetKind.CHOICE; // a drop-down keeps its height
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(20, 20)
				.align(SWT.FILL, oneLine ? SWT.CENTER : SWT.FILL).applyTo(part.control());
		grip = new Label(frame, SWT.NONE);
		grip.setText("\u25e2"); // a corner to drag: ◢ //$NON-NLS-1$
		grip.setToolTipText(Messages.Widget_gripTip);
		grip.setCursor(frame.getDisplay().getSystemCursor(SWT.CURSOR_SIZESE));
		GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.END).applyTo(grip);
	}

	Composite control() {
		return frame;
	}

	Label titleBar() {
		return title;
	}

	Label grip() {
		return grip;
	}

	Widget widget() {
		return widget;
	}

	WidgetPart part() {
		return part;
	}

	/** Shows the grip while the layout can change. */
	void locked(boolean locked) {
		((org.eclipse.swt.layout.GridData) grip.getLayoutData()).exclude = locked;
		grip.setVisible(!locked);
		title.setCursor(locked ? null : frame.getDisplay().getSystemCursor(SWT.CURSOR_SIZEALL));
	}

	/**
	 * Brings the part and the age up to date; the part only when its state changed.
	 *
	 * @return whether the part was shown a new state
	 */
	boolean tick(WidgetState state, long now) {
		boolean shown = false;
		if (state.version() != seenVersion && now - shownAt >= part.intervalMs()) {
			seenVersion = state.version();
			shownAt = now;
			part.show(state);
			shown = true;
		}
		boolean nowStale = state.stale(now, widget.getStaleSeconds());
		String text;
		if (problem != null) {
			text = Messages.Widget_failed;
		} else if (state.time() == 0 || WidgetCheck.isControl(widget.getKind()) && state.count() == 0) {
			text = ""; //$NON-NLS-1$
		} else {
			String ago = Ages.of(now - state.time());
			text = nowStale ? NLS.bind(Messages.Widget_stale, ago) : ago;
		}
		if (nowStale != stale || !text.equals(age.getText())) {
			stale = nowStale;
			age.setText(text);
			age.setForeground(stale || problem != null ? frame.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
			age.setToolTipText(problem != null ? problem
					: state.time() == 0 ? null : NLS.bind(Messages.Widget_ageTip, state.topic()));
			frame.layout(new org.eclipse.swt.widgets.Control[] { age });
		}
		return shown;
	}

	/** Says that a publish failed, and why; null when the last one went out. */
	void problem(String text) {
		problem = text;
		age.setText(text == null ? "" : Messages.Widget_failed); //$NON-NLS-1$
		age.setForeground(text == null ? null : frame.getDisplay().getSystemColor(SWT.COLOR_RED));
		age.setToolTipText(text);
		frame.layout(new org.eclipse.swt.widgets.Control[] { age });
	}

	String problem() {
		return problem;
	}

	boolean stale() {
		return stale;
	}

	void dispose() {
		frame.dispose();
	}
}
