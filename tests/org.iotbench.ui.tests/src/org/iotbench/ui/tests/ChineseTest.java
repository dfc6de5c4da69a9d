package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.iotbench.rcp.help.GuidePages;
import org.iotbench.ui.internal.Perspective;
import org.iotbench.ui.internal.Services;
import org.iotbench.ui.internal.dialogs.ClientDialog;
import org.iotbench.ui.internal.views.BrokerView;
import org.iotbench.ui.internal.views.ClientsView;
import org.iotbench.ui.internal.views.ConnectionLogView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workbench started with {@code -nl zh_CN}, as on a Chinese system (the build runs this class in a second test
 * run with that argument): its views, menus, dialogs, the broker's state and the user guide are in Chinese.
 */
class ChineseTest {

	@BeforeAll
	static void brokerRuns() throws Exception {
		LocalBroker.ensureRunning();
	}

	@Test
	void viewsMenusDialogsAndHelpAreInChinese() throws Exception {
		assertEquals("zh_CN", Platform.getNL());
		IWorkbenchWindow window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		PlatformUI.getWorkbench().showPerspective(Perspective.ID, window);
		IWorkbenchPage page = window.getActivePage();
		List<String> english = new ArrayList<>();
		for (String id : new String[] { "org.iotbench.ui.views.projects", BrokerView.ID, ClientsView.ID,
				ConnectionLogView.ID }) {
			IViewPart view = page.showView(id);
			chinese(view.getTitle(), english);
		}
		for (MenuItem item : window.getShell().getMenuBar().getItems()) {
			chinese(item.getText(), english);
		}
		BrokerView broker = (BrokerView) page.findView(BrokerView.ID);
		assertTrue(UiWait.until(10, () -> Services.broker().status().running()));
		UiWait.settle(window.getShell().getDisplay());
		chinese(broker.stateText(), english);

		ClientDialog dialog = new ClientDialog(window.getShell(), Services.registry(), null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			chinese(dialog.getShell().getText(), english);
		} finally {
			dialog.close();
		}
		Screenshots.save(window.getShell().getDisplay(), "main-window-zh.png");
		assertEquals(List.of(), english, "shown in English");
		assertTrue(GuidePages.url(GuidePages.HOME).getPath().contains("/nl/zh/"), "the Chinese user guide");
	}

	/** Collects the text if it has no Chinese character in it. */
	private static void chinese(String text, List<String> english) {
		if (text == null || text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
			english.add(text);
		}
	}
}
