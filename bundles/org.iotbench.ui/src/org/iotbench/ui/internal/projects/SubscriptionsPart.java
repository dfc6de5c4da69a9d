package org.iotbench.ui.internal.projects;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.iotbench.core.Topics;
import org.iotbench.projects.Project;
import org.iotbench.projects.ProjectKind;
import org.iotbench.projects.ProjectsFactory;
import org.iotbench.projects.Subscription;
import org.iotbench.projects.core.ProjectException;
import org.iotbench.projects.core.ProjectService;
import org.iotbench.sessions.Session;
import org.iotbench.sessions.SessionException;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.views.TableColumns;

/**
 * The project's subscriptions: add one (filter, alias, QoS for remote projects), remove, mute (a muted subscription's
 * messages are hidden from the list). Changes go to the session at once and are saved with the project.
 */
final class SubscriptionsPart {

	private final Project project;
	private final Session session;
	private final ProjectService service;
	private final Runnable changed;
	private final CheckboxTableViewer viewer;
	private final Text filter;
	private final Text alias;
	private final Combo qos;
	private final Label problem;

	SubscriptionsPart(Composite parent, Project project, Session session, ProjectService service,
			SubscriptionColors colors, Runnable changed) {
		this.project = project;
		this.session = session;
		this.service = service;
		this.changed = changed;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.Subscriptions_title);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(body.getChildren()[0]);

		filter = new Text(body, SWT.BORDER);
		filter.setMessage(Messages.Subscriptions_filterHint);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(filter);
		alias = new Text(body, SWT.BORDER);
		alias.setMessage(Messages.Subscriptions_aliasHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(alias);
		qos = new Combo(body, SWT.READ_ONLY);
		qos.setItems("QoS 0", "QoS 1", "QoS 2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		qos.select(0);
		qos.setEnabled(project.getKind() == ProjectKind.REMOTE);
		qos.setToolTipText(project.getKind() == ProjectKind.LOCAL ? Messages.Subscriptions_localQos : null);
		Button add = new Button(body, SWT.PUSH);
		add.setText(Messages.Subscriptions_add);
		problem = new Label(body, SWT.WRAP);
		problem.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(problem);

		viewer = CheckboxTableViewer.newCheckList(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		viewer.getTable().setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(viewer.getControl());
		TableColumns.add(viewer, Subscription.class, Messages.Subscriptions_filter, 170,
				s -> s.getAlias() == null || s.getAlias().isEmpty() ? s.getTopicFilter()
						: s.getAlias() + " (" + s.getTopicFilter() + ")", //$NON-NLS-1$ //$NON-NLS-2$
				s -> null);
		TableColumns.add(viewer, Subscription.class, "QoS", 40, s -> Integer.toString(s.getQos()), s -> null); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setCheckStateProvider(new org.eclipse.jface.viewers.ICheckStateProvider() {
			@Override
			public boolean isChecked(Object element) {
				return !((Subscription) element).isMuted();
			}

			@Override
			public boolean isGrayed(Object element) {
				return false;
			}
		});
		viewer.getTable().setToolTipText(Messages.Subscriptions_checkTip);
		viewer.addCheckStateListener(event -> {
			((Subscription) event.getElement()).setMuted(!event.getChecked());
			save();
		});
		viewer.getTable().addListener(SWT.EraseItem, event -> {
			Subscription s = (Subscription) event.item.getData();
			if (s != null && colors.color(s.getColor()) != null && (event.detail & SWT.SELECTED) == 0) {
				event.gc.setBackground(colors.color(s.getColor()));
				event.gc.fillRectangle(event.x, event.y, event.width, event.height);
			}
		});
		Composite buttons = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(buttons);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(buttons);
		Button remove = new Button(buttons, SWT.PUSH);
		remove.setText(Messages.Subscriptions_remove);
		remove.addListener(SWT.Selection, e -> remove());
		Button colour = new Button(buttons, SWT.PUSH);
		colour.setText(Messages.Subscriptions_colour);
		colour.addListener(SWT.Selection, e -> chooseColour());
		Button rename = new Button(buttons, SWT.PUSH);
		rename.setText(Messages.Subscriptions_alias);
		rename.addListener(SWT.Selection, e -> editAlias());
		add.addListener(SWT.Selection, e -> add());
		filter.addListener(SWT.DefaultSelection, e -> add());
		viewer.setInput(project.getSubscriptions().toArray());
	}

	CheckboxTableViewer viewer() {
		return viewer;
	}

	/** Subscribes to a filter (also used by tests). */
	boolean subscribe(String topicFilter, String label, int level) {
		String error = Topics.checkFilter(topicFilter);
		if (error == null && project.getSubscriptions().stream().anyMatch(s -> s.getTopicFilter().equals(topicFilter))) {
			error = org.eclipse.osgi.util.NLS.bind(Messages.Subscriptions_duplicate, topicFilter);
		}
		if (error != null) {
			problem.setText(error);
			problem.getParent().layout(true);
			return false;
		}
		try {
			session.subscribe(topicFilter, level);
		} catch (SessionException e) {
			problem.setText(e.getMessage());
			return false;
		}
		Subscription subscription = ProjectsFactory.eINSTANCE.createSubscription();
		subscription.setTopicFilter(topicFilter);
		subscription.setAlias(label);
		subscription.setQos(level);
		subscription.setColor(SubscriptionColors.next(project.getSubscriptions().size()));
		project.getSubscriptions().add(subscription);
		problem.setText(""); //$NON-NLS-1$
		save();
		return true;
	}

	private void add() {
		if (subscribe(filter.getText().trim(), alias.getText().trim(), qos.getSelectionIndex())) {
			filter.setText(""); //$NON-NLS-1$
			alias.setText(""); //$NON-NLS-1$
		}
	}

	private Subscription selected() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first instanceof Subscription subscription ? subscription : null;
	}

	private void chooseColour() {
		Subscription subscription = selected();
		if (subscription == null) {
			return;
		}
		org.eclipse.swt.widgets.ColorDialog dialog = new org.eclipse.swt.widgets.ColorDialog(viewer.getControl()
				.getShell());
		org.eclipse.swt.graphics.RGB rgb = dialog.open();
		if (rgb != null) {
			subscription.setColor(String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue)); //$NON-NLS-1$
			save();
		}
	}

	private void editAlias() {
		Subscription subscription = selected();
		if (subscription == null) {
			return;
		}
		org.eclipse.jface.dialogs.InputDialog dialog = new org.eclipse.jface.dialogs.InputDialog(
				viewer.getControl().getShell(), Messages.Subscriptions_alias, subscription.getTopicFilter(),
				subscription.getAlias(), null);
		if (dialog.open() == org.eclipse.jface.window.Window.OK) {
			subscription.setAlias(dialog.getValue().trim());
			save();
		}
	}

	private void remove() {
		for (Object selected : viewer.getStructuredSelection().toList()) {
			Subscription subscription = (Subscription) selected;
			session.unsubscribe(subscription.getTopicFilter());
			project.getSubscriptions().remove(subscription);
		}
		save();
	}

	private void save() {
		viewer.setInput(project.getSubscriptions().toArray());
		try {
			service.save();
		} catch (ProjectException e) {
			problem.setText(e.getMessage());
		}
		changed.run();
	}
}
