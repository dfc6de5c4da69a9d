package org.iotbench.ui.internal.topics;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.IPage;
import org.eclipse.ui.part.IPageBookViewPage;
import org.eclipse.ui.part.MessagePage;
import org.eclipse.ui.part.PageBook;
import org.eclipse.ui.part.PageBookView;
import org.iotbench.ui.internal.Messages;

/**
 * The topic tree of the active project editor, as the Outline view shows the outline of the active editor: each
 * project editor gives its own {@link TopicsPage}.
 */
public final class TopicsView extends PageBookView {

	public static final String ID = "org.iotbench.ui.views.topics"; //$NON-NLS-1$

	@Override
	protected IPage createDefaultPage(PageBook book) {
		MessagePage page = new MessagePage();
		initPage(page);
		page.createControl(book);
		page.setMessage(Messages.Topics_noProject);
		return page;
	}

	@Override
	protected PageRec doCreatePage(IWorkbenchPart part) {
		TopicsPage page = part.getAdapter(TopicsPage.class);
		if (page == null) {
			return null;
		}
		initPage((IPageBookViewPage) page);
		page.createControl(getPageBook());
		return new PageRec(part, page);
	}

	@Override
	protected void doDestroyPage(IWorkbenchPart part, PageRec pageRecord) {
		pageRecord.page.dispose();
		pageRecord.dispose();
	}

	@Override
	protected IWorkbenchPart getBootstrapPart() {
		IWorkbenchPage page = getSite().getPage();
		return page == null ? null : page.getActiveEditor();
	}

	/**
	 * An editor restored at start is opened after this view and not activated: show its topics when it is the active
	 * editor and nothing is shown yet.
	 */
	@Override
	public void partOpened(IWorkbenchPart part) {
		super.partOpened(part);
		IWorkbenchPage page = getSite().getPage();
		if (isImportant(part) && page != null && part == page.getActiveEditor()
				&& !(getCurrentPage() instanceof TopicsPage)) {
			partActivated(part);
		}
	}

	@Override
	protected boolean isImportant(IWorkbenchPart part) {
		return part instanceof org.eclipse.ui.IEditorPart;
	}
}
