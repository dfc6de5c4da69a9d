package org.iotbench.rcp.help;

import java.util.function.Consumer;

import org.eclipse.help.IContext;
import org.eclipse.help.IContext2;
import org.eclipse.help.IHelpResource;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;

/**
 * Context help (F1) beside what the user is looking at: what this part is for in a sentence or two, and links to the
 * guide's pages about it. A click on a link opens the page in the web browser.
 */
final class ContextPopup extends PopupDialog {

	private static final int WIDTH = 420;

	private final IContext context;
	private final Point location;
	private final Consumer<String> openPage;

	ContextPopup(Shell parent, IContext context, Point location, Consumer<String> openPage) {
		super(parent, PopupDialog.INFOPOPUPRESIZE_SHELLSTYLE, true, false, false, false, false, title(context),
				Messages.ContextPopup_info);
		this.context = context;
		this.location = location;
		this.openPage = openPage;
	}

	private static String title(IContext context) {
		return context instanceof IContext2 titled && titled.getTitle() != null ? titled.getTitle()
				: Messages.ContextPopup_title;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		if (context.getText() != null && !context.getText().isBlank()) {
			Label text = new Label(area, SWT.WRAP);
			text.setText(context.getText().strip());
			GridDataFactory.fillDefaults().grab(true, false).hint(WIDTH, SWT.DEFAULT).applyTo(text);
		}
		IHelpResource[] topics = context.getRelatedTopics();
		for (IHelpResource topic : topics == null ? new IHelpResource[0] : topics) {
			link(area, topic.getLabel(), topic.getHref());
		}
		link(area, Messages.ContextPopup_guide, GuidePages.HOME);
		return area;
	}

	private void link(Composite area, String label, String href) {
		Link link = new Link(area, SWT.NONE);
		link.setText("<a>" + label.replace("&", "&&") + "</a>"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		link.setToolTipText(href);
		link.setData(href);
		link.addListener(SWT.Selection, e -> {
			close();
			openPage.accept(href);
		});
	}

	@Override
	protected Point getDefaultLocation(Point initialSize) {
		return location;
	}
}
