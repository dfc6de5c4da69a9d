package org.iotbench.ui.internal.topics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.part.Page;
import org.iotbench.history.TopicNode;
import org.iotbench.history.TopicTree;
import org.iotbench.sessions.Session;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.TextClipboard;

/**
 * The topic tree of one project: every topic it has received or sent, with counts, rates, the last value and retained
 * markers, refreshed every second. Selecting a topic limits the project's message list to it and below it. The tree
 * is virtual: only the rows in sight are filled, so that 10,000 topics cost what a screenful does.
 */
public final class TopicsPage extends Page {

	/** How often the tree shows new figures. */
	static final int REFRESH_MS = 1000;

	private final TopicTree tree;
	private final Session session;
	private final Consumer<String> showTopic;
	private final Map<TopicNode, TopicNode[]> children = new HashMap<>();
	private Composite body;
	private Label summary;
	private TreeViewer viewer;
	private TopicOrder order = TopicOrder.NAME;
	private long now = System.currentTimeMillis();
	private long shownVersion = -1;
	private boolean refreshing;

	/**
	 * @param showTopic told the topic the user selected (on the UI thread), or {@code null} to show every topic
	 */
	public TopicsPage(TopicTree tree, Session session, Consumer<String> showTopic) {
		this.tree = tree;
		this.session = session;
		this.showTopic = showTopic;
	}

	@Override
	public void createControl(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(body);
		summary = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(100, SWT.DEFAULT).applyTo(summary);
		viewer = new TreeViewer(body, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER);
		viewer.setUseHashlookup(true);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
		new TopicColumns(viewer, () -> now);
		ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
		viewer.setContentProvider(new Content());
		viewer.setInput(tree.root());
		viewer.addSelectionChangedListener(event -> {
			if (!refreshing) {
				TopicNode node = selected();
				showTopic.accept(node == null ? null : node.topic());
			}
		});
		createMenu();
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
	void refresh() {
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
		try {
			viewer.getTree().setRedraw(false);
			viewer.refresh();
		} finally {
			viewer.getTree().setRedraw(true);
			refreshing = false;
		}
	}

	private boolean hasRates(TopicNode root) {
		return root.messageRate(now) > 0 || root.messageRate(now - TopicNode.RATE_SECONDS * 1000L) > 0;
	}

	private TopicNode[] childrenOf(TopicNode node) {
		return children.computeIfAbsent(node, n -> order.sort(n.children(), now));
	}

	private TopicNode selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof TopicNode node ? node : null;
	}

	private void createMenu() {
		IAction copy = new Action(Messages.Topics_copy) {
			@Override
			public void run() {
				TopicNode node = selected();
				if (node != null) {
					TextClipboard.copy(viewer.getControl().getDisplay(), node.topic());
				}
			}
		};
		IAction all = new Action(Messages.Topics_showAll) {
			@Override
			public void run() {
				viewer.setSelection(StructuredSelection.EMPTY);
				showTopic.accept(null);
			}
		};
		IAction deleteRetained = new Action(Messages.Topics_deleteRetained) {
			@Override
			public void run() {
				TopicNode node = selected();
				if (node != null) {
					deleteRetained(node);
				}
			}
		};
		IAction byRate = new Action(Messages.Topics_byRate, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				order = isChecked() ? TopicOrder.RATE : TopicOrder.NAME;
				shownVersion = -1;
				refresh();
			}
		};
		byRate.setToolTipText(Messages.Topics_byRateTip);
		all.setToolTipText(Messages.Topics_showAllTip);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			TopicNode node = selected();
			copy.setEnabled(node != null);
			deleteRetained.setEnabled(node != null && node.retainedInSubtree() > 0);
			manager.add(copy);
			manager.add(all);
			manager.add(new Separator());
			manager.add(deleteRetained);
		});
		Control control = viewer.getControl();
		control.setMenu(menu.createContextMenu(control));
		IActionBars bars = getSite().getActionBars();
		bars.getToolBarManager().add(byRate);
		bars.getToolBarManager().add(all);
		bars.updateActionBars();
	}

	/** Deletes the retained messages at and below a topic, after the user agreed, in a job. */
	private void deleteRetained(TopicNode node) {
		List<String> topics = tree.retainedTopics(node);
		if (topics.isEmpty()) {
			MessageDialog.openInformation(body.getShell(), Messages.Topics_deleteRetainedTitle,
					NLS.bind(Messages.Topics_noRetained, node.topic()));
			return;
		}
		if (MessageDialog.openConfirm(body.getShell(), Messages.Topics_deleteRetainedTitle,
				NLS.bind(Messages.Topics_deleteRetainedQuestion, topics.size(), node.topic()))) {
			new RetainedDeletion(session, topics).schedule();
		}
	}

	/** For tests: the tree. */
	public TreeViewer viewer() {
		return viewer;
	}

	/** For tests: orders the tree busiest first, or by name. */
	public void orderByRate(boolean byRate) {
		order = byRate ? TopicOrder.RATE : TopicOrder.NAME;
		shownVersion = -1;
		refresh();
	}

	/** For tests: refreshes now. */
	public void refreshNow() {
		shownVersion = -1;
		refresh();
	}

	/** The top level in the current order. */
	public TopicNode[] topLevel() {
		return childrenOf(tree.root());
	}

	@Override
	public Control getControl() {
		return body;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
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
