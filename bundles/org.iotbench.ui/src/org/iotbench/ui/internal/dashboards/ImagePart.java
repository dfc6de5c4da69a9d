package org.iotbench.ui.internal.dashboards;

import java.io.ByteArrayInputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.iotbench.dashboards.WidgetState;
import org.iotbench.projects.Widget;
import org.iotbench.ui.internal.Messages;

/**
 * The latest JPEG or PNG payload, scaled to fit. Images are decoded on a thread of their own, the newest only: a camera
 * that sends faster than they decode does not queue work, and the UI thread only draws.
 */
final class ImagePart extends WidgetPart {

	private final Canvas canvas;
	private final ExecutorService decoder = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "IoT Workbench dashboard image"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	});
	private volatile byte[] newest;
	private Image image;
	private String problem;
	private int shownWidth;
	private int shownHeight;

	ImagePart(Composite parent, Widget widget) {
		super(widget);
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		canvas.addListener(SWT.Paint, e -> paint(e.gc));
		canvas.addListener(SWT.Dispose, e -> {
			decoder.shutdownNow();
			if (image != null) {
				image.dispose();
			}
		});
	}

	private void paint(GC gc) {
		Point size = canvas.getSize();
		if (image == null) {
			String text = problem != null ? problem : Messages.Widget_noImage;
			String drawn = Fit.text(gc, text, size.x - 8);
			gc.drawText(drawn, Math.max(4, (size.x - gc.textExtent(drawn).x) / 2), size.y / 2 - 8, true);
			return;
		}
		Rectangle bounds = image.getBounds();
		double scale = Math.min((double) size.x / bounds.width, (double) size.y / bounds.height);
		int width = Math.max(1, (int) (bounds.width * scale));
		int height = Math.max(1, (int) (bounds.height * scale));
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(image, 0, 0, bounds.width, bounds.height, (size.x - width) / 2, (size.y - height) / 2, width,
				height);
	}

	@Override
	Control control() {
		return canvas;
	}

	@Override
	void show(WidgetState state) {
		byte[] bytes = state.image();
		if (bytes == null || bytes == newest) {
			return;
		}
		newest = bytes;
		decoder.execute(() -> {
			if (bytes != newest) {
				return; // a newer one came meanwhile
			}
			ImageData data;
			String failed;
			try {
				data = new ImageLoader().load(new ByteArrayInputStream(bytes))[0];
				failed = null;
			} catch (SWTException | ArrayIndexOutOfBoundsException e) {
				data = null;
				failed = Messages.Widget_badImage;
			}
			ImageData decoded = data;
			String outcome = failed;
			if (!canvas.isDisposed()) {
				canvas.getDisplay().asyncExec(() -> shown(decoded, outcome));
			}
		});
	}

	private void shown(ImageData data, String failed) {
		if (canvas.isDisposed()) {
			return;
		}
		problem = failed;
		if (data != null) {
			if (image != null) {
				image.dispose();
			}
			image = new Image(canvas.getDisplay(), data);
			shownWidth = data.width;
			shownHeight = data.height;
		}
		canvas.redraw();
	}

	@Override
	String shown() {
		return image == null ? String.valueOf(problem) : shownWidth + "x" + shownHeight; //$NON-NLS-1$
	}
}
