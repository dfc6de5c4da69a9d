package org.iotbench.ui.internal.topics;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.iotbench.history.TopicNode;
import org.iotbench.history.TopicTree;
import org.iotbench.ui.internal.Messages;

/**
 * A project's topic tree on screen: a summary line and a virtual tree of the topics with counts, rates, the last value
 * and retained markers, refreshed every {@value #REFRESH_MS} ms while visible. Only the rows in sight are filled, so
 * that 10,000 topics cost what a screenful does. The Topics view and the benchmark use it.
 */
public final class TopicsTree {

	/** How often the tree shows new figures. */
	public static final int REFRESH_MS = 1000;

	private final TopicTree tree;
	private final Map<TopicNode, TopicNode[]> children = new HashMap<>();
	private final Composite body;
	private final Label summary;
	private final TreeViewer viewer;
	private TopicOrder order = TopicOrder.NAME;
	private long now = System.currentTimeMillis();
	private long shownVersion = -1;
	private boolean refreshing;
	private int refreshes;
	private long longestRefresh;

	/** @param showTopic told the topic the user selected (on the UI thread), or {@code null} for none */
	public TopicsTree(Composite parent, TopicTree tree, Consumer<String> showTopic,
			java.util.function.Supplier<org.iotbench.payloads.PayloadDecoder> decoder) {
		this.tree = tree;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(summary);
		viewer = new TreeViewer(body, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.setUseHashlookup(true);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		new TopicColumns(viewer, () -> now, decoder);
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		viewer.setContentProvider(new Content());
		viewer.setInput(tree.root());
		viewer.addSelectionChangedListener(event -> {
			if (!refreshing) {
				TopicNode node = selected();
				showTopic.accept(node == null ? null : node.topic());
			}
		});
		refresh();
		scheduleRefresh();
	}

	private void scheduleRefresh() {
		body.getDisplay().timerExec(REFRESH_MS, () -> {
			if (!body.isDisposed()) {
				if (body.isVisible()) {
					refresh();
				}
				scheduleRefresh();
			}
		});
	}

	/** Shows the figures as they are now; the rates move with time, so it refreshes even when no message came. */
	public void refresh() {
		if (viewer.getTree().isDisposed()) {
			return;
		}
		now = System.currentTimeMillis();
		long version = tree.version();
		TopicNode root = tree.root();
		String text = NLS.bind(Messages.Topics_summary,
				new Object[] { tree.topicCount(), root.subtreeCount(), TopicColumns.rate(root.messageRate(now)) });
		if (!text.equals(summary.getText())) {
			summary.setText(text);
			body.layout(true);
		}
		if (version == shownVersion && order == TopicOrder.NAME && !hasRates(root)) {
			return; // nothing moved
		}
		shownVersion = version;
		children.clear();
		refreshing = true;
		long start = System.nanoTime();
		try {
			viewer.getTree().setRedraw(false);
			viewer.refresh();
		} finally {
			viewer.getTree().setRedraw(true);
			refreshing = false;
			refreshes++;
			longestRefresh = Math.max(longestRefresh, System.nanoTime() - start);
		}
	}

	/** How many times the tree showed new figures (for the benchmark). */
	public int refreshes() {
		return refreshes;
	}

	/** The longest refresh on the UI thread, in nanoseconds (for the benchmark). */
	public long longestRefreshNanos() {
		return longestRefresh;
	}

	/** Shows everything again at the next refresh, whether or not it moved. */
	public void refreshAll() {
		shownVersion = -1;
		refresh();
	}

	private boolean hasRates(TopicNode root) {
		return root.messageRate(now) > 0 || root.messageRate(now - TopicNode.RATE_SECONDS * 1000L) > 0;
	}

	/** Orders the levels busiest first, or by name. */
	public void orderByRate(boolean byRate) {
		order = byRate ? TopicOrder.RATE : TopicOrder.NAME;
		refreshAll();
	}

	private TopicNode[] childrenOf(TopicNode node) {
		return children.computeIfAbsent(node, n -> order.sort(n.children(), now));
	}

	/** The top level in the current order. */
	public TopicNode[] topLevel() {
		return childrenOf(tree.root());
	}

	/** The selected level, or {@code null}. */
	public TopicNode selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof TopicNode node ? node : null;
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public Composite control() {
		return body;
	}

	/** The levels of the tree, given to the virtual tree as it asks for them. */
	private final class Content implements ILazyTreeContentProvider {

		@Override
		public void updateElement(Object parent, int index) {
			TopicNode[] nodes = childrenOf((TopicNode) parent);
			if (index < nodes.length) {
				TopicNode child = nodes[index];
				viewer.replace(parent, index, child);
				viewer.setChildCount(child, child.childCount());
			}
		}

		@Override
		public void updateChildCount(Object element, int currentChildCount) {
			int count = childrenOf((TopicNode) element).length;
			if (count != currentChildCount) {
				viewer.setChildCount(element, count);
			}
		}

		@Override
		public Object getParent(Object element) {
			return ((TopicNode) element).parent();
		}
	}
}
