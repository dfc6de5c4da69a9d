package org.iotbench.ui.internal.topics;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.iotbench.history.TopicNode;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.payloads.Payloads;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;

/** The columns of the topic tree: topic, messages, rate, bytes per second, last value, last time. */
final class TopicColumns {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss") //$NON-NLS-1$
			.withZone(ZoneId.systemDefault());
	private static final int PREVIEW_CHARS = 80;

	private final LongSupplier now;

	TopicColumns(TreeViewer viewer, LongSupplier now, Supplier<PayloadDecoder> decoder) {
		this.now = now;
		column(viewer, Messages.Topics_topic, 190, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String name = ((TopicNode) element).name();
				return name.isEmpty() ? Messages.Topics_emptyLevel : name;
			}

			@Override
			public Image getImage(Object element) {
				return ((TopicNode) element).retained() ? Images.get(Images.RETAINED) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				TopicNode node = (TopicNode) element;
				return NLS.bind(node.retained() ? Messages.Topics_tipRetained : Messages.Topics_tip,
						new Object[] { node.topic(), node.ownCount(), node.subtreeCount() });
			}
		});
		column(viewer, Messages.Topics_messages, 70, SWT.RIGHT, node -> Long.toString(node.subtreeCount()));
		column(viewer, Messages.Topics_rate, 64, SWT.RIGHT, node -> rate(node.messageRate(now.getAsLong())));
		column(viewer, Messages.Topics_bytes, 72, SWT.RIGHT, node -> bytes(node.byteRate(now.getAsLong())));
		column(viewer, Messages.Topics_last, 200, SWT.LEFT, node -> preview(node, decoder.get(), PREVIEW_CHARS));
		column(viewer, Messages.Topics_time, 70, SWT.LEFT,
				node -> node.subtreeLastMillis() == 0 ? "" //$NON-NLS-1$
						: TIME.format(Instant.ofEpochMilli(node.subtreeLastMillis())));
	}

	/**
	 * The last payload of a level on one line, decoded as the project says or guesses; a payload of which only the
	 * beginning is kept is shown as text or hex.
	 */
	static String preview(TopicNode node, PayloadDecoder decoder, int maxChars) {
		byte[] payload = node.lastPayload();
		if (payload == null) {
			return ""; //$NON-NLS-1$
		}
		if (payload.length < node.lastSize()) {
			return Payloads.preview(payload, maxChars);
		}
		return decoder.decode(node.topic(), payload).preview(maxChars);
	}

	private void column(TreeViewer viewer, String title, int width, int style, Function<TopicNode, String> text) {
		column(viewer, title, width, style, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((TopicNode) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return text.apply((TopicNode) element);
			}
		});
	}

	private static void column(TreeViewer viewer, String title, int width, ColumnLabelProvider labels) {
		column(viewer, title, width, SWT.LEFT, labels);
	}

	private static void column(TreeViewer viewer, String title, int width, int style, ColumnLabelProvider labels) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, style);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(labels);
	}

	/** Messages per second, short: "0", "0.3", "12", "1.2k". */
	static String rate(double perSecond) {
		if (perSecond == 0) {
			return "0"; //$NON-NLS-1$
		}
		if (perSecond < 10) {
			return String.format(Locale.ROOT, "%.1f", perSecond); //$NON-NLS-1$
		}
		if (perSecond < 10_000) {
			return String.format(Locale.ROOT, "%.0f", perSecond); //$NON-NLS-1$
		}
		return String.format(Locale.ROOT, "%.1fk", perSecond / 1000); //$NON-NLS-1$
	}

	/** Bytes per second, short: "0 B", "512 B", "1.2 kB", "3.4 MB". */
	static String bytes(double perSecond) {
		if (perSecond < 1024) {
			return String.format(Locale.ROOT, "%.0f B", perSecond); //$NON-NLS-1$
		}
		if (perSecond < 1024 * 1024) {
			return String.format(Locale.ROOT, "%.1f kB", perSecond / 1024); //$NON-NLS-1$
		}
		return String.format(Locale.ROOT, "%.1f MB", perSecond / 1024 / 1024); //$NON-NLS-1$
	}
}
