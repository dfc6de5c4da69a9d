package org.iotbench.ui.internal.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;

/** Adds a text column (with an optional icon) for rows of one type to a table viewer. */
public final class TableColumns {

	private static final String TOOLTIPS = "org.iotbench.ui.tooltips"; //$NON-NLS-1$
	/** Texts longer than this may be cut by a column: their cells show them whole in a tooltip. */
	private static final int LONG_TEXT = 12;

	private TableColumns() {
	}

	public static <T> void add(TableViewer viewer, Class<T> type, String title, int width, Function<T, String> text,
			Function<T, Image> image) {
		if (viewer.getData(TOOLTIPS) == null) {
			viewer.setData(TOOLTIPS, Boolean.TRUE);
			org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		}
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(type.cast(element));
			}

			@Override
			public Image getImage(Object element) {
				return image.apply(type.cast(element));
			}

			/** The whole text, for a cell too narrow to show it (a long reason, a URL). */
			@Override
			public String getToolTipText(Object element) {
				String shown = text.apply(type.cast(element));
				return shown != null && shown.length() > LONG_TEXT ? shown : null;
			}
		});
	}
}
