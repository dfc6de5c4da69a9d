package org.iotbench.ui.internal.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.iotbench.projects.Dashboard;
import org.iotbench.projects.Widget;

/**
 * The dashboard's grid: columns that share the width, rows of a fixed height, each widget placed and sized in cells.
 * While the layout is not locked, a widget is moved by dragging its title and resized by dragging its corner; it
 * snaps to the cells when let go, and the change is handed to the editor to save.
 */
final class DashboardGrid {

	/** The height of a row, in pixels. */
	static final int ROW_HEIGHT = 64;
	/** The space between widgets. */
	static final int GAP = 6;
	/** The narrowest a column gets; below, the grid scrolls sideways. */
	static final int MIN_COLUMN = 48;

	private final Dashboard dashboard;
	private final ScrolledComposite scroller;
	private final Composite canvas;
	private final List<WidgetFrame> frames = new ArrayList<>();
	private final Consumer<Widget> moved;
	private Point dragStart;
	private Rectangle dragBounds;

	/** @param moved told, on the UI thread, of a widget the user moved or resized (its model already changed) */
	DashboardGrid(Composite parent, Dashboard dashboard, Consumer<Widget> moved) {
		this.dashboard = dashboard;
		this.moved = moved;
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		canvas = new Composite(scroller, SWT.NONE);
		canvas.setLayout(null);
		scroller.setContent(canvas);
		scroller.addListener(SWT.Resize, e -> layout());
	}

	Control control() {
		return scroller;
	}

	Composite canvas() {
		return canvas;
	}

	List<WidgetFrame> frames() {
		return frames;
	}

	void add(WidgetFrame frame) {
		frames.add(frame);
		frame.titleBar().addListener(SWT.MouseDown, e -> start(frame, e));
		frame.titleBar().addListener(SWT.MouseMove, e -> drag(frame, e, false));
		frame.titleBar().addListener(SWT.MouseUp, e -> drop(frame, e, false));
		frame.grip().addListener(SWT.MouseDown, e -> start(frame, e));
		frame.grip().addListener(SWT.MouseMove, e -> drag(frame, e, true));
		frame.grip().addListener(SWT.MouseUp, e -> drop(frame, e, true));
		frame.locked(dashboard.isLocked());
	}

	void clear() {
		frames.forEach(WidgetFrame::dispose);
		frames.clear();
	}

	int columnWidth() {
		int columns = Math.max(1, dashboard.getColumns());
		return Math.max(MIN_COLUMN, (scroller.getClientArea().width - GAP) / columns);
	}

	/** Places every widget in its cells and sizes the scrolled area. */
	void layout() {
		int column = columnWidth();
		int rows = 0;
		for (WidgetFrame frame : frames) {
			frame.control().setBounds(bounds(frame.widget(), column));
			frame.locked(dashboard.isLocked());
			rows = Math.max(rows, frame.widget().getRow() + frame.widget().getHeight());
		}
		int width = GAP + Math.max(1, dashboard.getColumns()) * column;
		int height = GAP + Math.max(rows, 1) * ROW_HEIGHT;
		canvas.setSize(width, height);
		scroller.setMinSize(width, height);
	}

	private static Rectangle bounds(Widget widget, int column) {
		return new Rectangle(GAP + widget.getColumn() * column, GAP + widget.getRow() * ROW_HEIGHT,
				Math.max(1, widget.getWidth() * column - GAP), Math.max(1, widget.getHeight() * ROW_HEIGHT - GAP));
	}

	private void start(WidgetFrame frame, Event e) {
		if (dashboard.isLocked() || e.button != 1) {
			return;
		}
		dragStart = ((Control) e.widget).toDisplay(e.x, e.y);
		dragBounds = frame.control().getBounds();
		frame.control().moveAbove(null);
	}

	private void drag(WidgetFrame frame, Event e, boolean resize) {
		if (dragStart == null) {
			return;
		}
		Point now = ((Control) e.widget).toDisplay(e.x, e.y);
		int dx = now.x - dragStart.x;
		int dy = now.y - dragStart.y;
		if (resize) {
			frame.control().setSize(Math.max(MIN_COLUMN / 2, dragBounds.width + dx),
					Math.max(ROW_HEIGHT / 2, dragBounds.height + dy));
			frame.control().layout(true, true);
		} else {
			frame.control().setLocation(Math.max(0, dragBounds.x + dx), Math.max(0, dragBounds.y + dy));
		}
	}

	private void drop(WidgetFrame frame, Event e, boolean resize) {
		if (dragStart == null) {
			return;
		}
		dragStart = null;
		Rectangle now = frame.control().getBounds();
		int column = columnWidth();
		Widget widget = frame.widget();
		int columns = Math.max(1, dashboard.getColumns());
		if (resize) {
			int width = Math.max(1, Math.min(columns - widget.getColumn(), Math.round((now.width + GAP) / (float) column)));
			int height = Math.max(1, Math.round((now.height + GAP) / (float) ROW_HEIGHT));
			resize(widget, width, height);
		} else {
			int col = Math.max(0, Math.min(columns - widget.getWidth(), Math.round((now.x - GAP) / (float) column)));
			int row = Math.max(0, Math.round((now.y - GAP) / (float) ROW_HEIGHT));
			move(widget, col, row);
		}
	}

	/** Moves a widget to a cell, as a drag and drop does. */
	void move(Widget widget, int column, int row) {
		if (widget.getColumn() != column || widget.getRow() != row) {
			widget.setColumn(column);
			widget.setRow(row);
			moved.accept(widget);
		}
		layout();
	}

	/** Sizes a widget in cells, as a drag of its corner does. */
	void resize(Widget widget, int width, int height) {
		if (widget.getWidth() != width || widget.getHeight() != height) {
			widget.setWidth(width);
			widget.setHeight(height);
			moved.accept(widget);
		}
		layout();
	}

	/** The first place, row by row, where a widget of a size overlaps none of the dashboard's. */
	static Point freePlace(Dashboard dashboard, int width, int height) {
		int columns = Math.max(1, dashboard.getColumns());
		for (int row = 0;; row++) {
			for (int column = 0; column + width <= columns || column == 0; column++) {
				if (free(dashboard, column, row, width, height)) {
					return new Point(column, row);
				}
				if (column + width >= columns) {
					break;
				}
			}
		}
	}

	private static boolean free(Dashboard dashboard, int column, int row, int width, int height) {
		Rectangle place = new Rectangle(column, row, width, height);
		for (Widget widget : dashboard.getWidgets()) {
			if (place.intersects(new Rectangle(widget.getColumn(), widget.getRow(), widget.getWidth(),
					widget.getHeight()))) {
				return false;
			}
		}
		return true;
	}
}
