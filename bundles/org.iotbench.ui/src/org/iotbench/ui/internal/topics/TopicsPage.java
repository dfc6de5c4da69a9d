package org.iotbench.ui.internal.topics;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.part.Page;
import org.iotbench.history.TopicNode;
import org.iotbench.history.TopicTree;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.sessions.Session;
import org.iotbench.ui.internal.Images;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.PartSelection;
import org.iotbench.ui.internal.TextClipboard;

/**
 * The Topics view's page for one project: its {@link TopicsTree}, with the toolbar (busiest first, show all topics)
 * and the context menu (copy topic, show all, delete retained messages). Selecting a topic limits the project's
 * message list to it and below it.
 */
public final class TopicsPage extends Page {

	private final TopicTree tree;
	private final Session session;
	private final Consumer<String> showTopic;
	private final Supplier<PayloadDecoder> decoder;
	private TopicsTree topics;
	/** What the Properties view shows of the selected level. */
	private final PartSelection selection = new PartSelection();

	/**
	 * @param showTopic told the topic the user selected (on the UI thread), or {@code null} to show every topic
	 */
	public TopicsPage(TopicTree tree, Session session, Consumer<String> showTopic, Supplier<PayloadDecoder> decoder) {
		this.tree = tree;
		this.decoder = decoder;
		this.session = session;
		this.showTopic = showTopic;
	}

	@Override
	public void createControl(Composite parent) {
		topics = new TopicsTree(parent, tree, showTopic, decoder);
		createMenu();
		topics.viewer().addSelectionChangedListener(event -> {
			TopicNode node = topics.selected();
			selection.select(node == null ? null : new TopicPropertySource(node, decoder.get()));
		});
		getSite().setSelectionProvider(selection);
	}

	private void createMenu() {
		TreeViewer viewer = topics.viewer();
		IAction copy = new Action(Messages.Topics_copy) {
			@Override
			public void run() {
				TopicNode node = topics.selected();
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
				TopicNode node = topics.selected();
				if (node != null) {
					deleteRetained(node);
				}
			}
		};
		IAction byRate = new Action(Messages.Topics_byRate, IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				topics.orderByRate(isChecked());
			}
		};
		byRate.setToolTipText(Messages.Topics_byRateTip);
		byRate.setImageDescriptor(Images.descriptor(Images.BUSIEST));
		all.setToolTipText(Messages.Topics_showAllTip);
		all.setImageDescriptor(Images.descriptor(Images.SHOW_ALL));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(manager -> {
			TopicNode node = topics.selected();
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
		List<String> retained = tree.retainedTopics(node);
		Composite shell = topics.control();
		if (retained.isEmpty()) {
			MessageDialog.openInformation(shell.getShell(), Messages.Topics_deleteRetainedTitle,
					NLS.bind(Messages.Topics_noRetained, node.topic()));
			return;
		}
		if (MessageDialog.openConfirm(shell.getShell(), Messages.Topics_deleteRetainedTitle,
				NLS.bind(Messages.Topics_deleteRetainedQuestion, retained.size(), node.topic()))) {
			new RetainedDeletion(session, retained).schedule();
		}
	}

	/** For tests: the tree and its viewer. */
	public TopicsTree topics() {
		return topics;
	}

	public TreeViewer viewer() {
		return topics.viewer();
	}

	/** For tests: orders the tree busiest first, or by name. */
	public void orderByRate(boolean byRate) {
		topics.orderByRate(byRate);
	}

	/** For tests: refreshes now. */
	public void refreshNow() {
		topics.refreshAll();
	}

	@Override
	public Control getControl() {
		return topics.control();
	}

	@Override
	public void setFocus() {
		topics.viewer().getControl().setFocus();
	}
}
