package org.iotbench.ui.internal.projects;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.iotbench.sessions.Message;
import org.iotbench.payloads.Payloads;
import org.iotbench.ui.internal.Messages;
import org.iotbench.ui.internal.TextClipboard;

/** The context menu of the message list: copy the topic or payload, publish the message again, filter by its topic. */
final class MessageMenu {

	/** Payloads larger than this are copied as their beginning (the clipboard is not a file). */
	private static final int MAX_COPIED_BYTES = 1024 * 1024;

	MessageMenu(Control table, Supplier<Message> selected, Consumer<Message> publishAgain, Consumer<String> filter) {
		Menu menu = new Menu(table);
		MenuItem copyTopic = item(menu, Messages.MessageMenu_copyTopic);
		MenuItem copyPayload = item(menu, Messages.MessageMenu_copyPayload);
		new MenuItem(menu, SWT.SEPARATOR);
		MenuItem again = item(menu, Messages.MessageMenu_publishAgain);
		MenuItem byTopic = item(menu, Messages.MessageMenu_filterTopic);
		copyTopic.addListener(SWT.Selection, e -> with(selected, m -> TextClipboard.copy(table.getDisplay(), m.topic())));
		copyPayload.addListener(SWT.Selection, e -> with(selected, m -> TextClipboard.copy(table.getDisplay(), text(m))));
		again.addListener(SWT.Selection, e -> with(selected, publishAgain));
		byTopic.addListener(SWT.Selection, e -> with(selected, m -> filter.accept(m.topic())));
		menu.addListener(SWT.Show, e -> {
			boolean any = selected.get() != null;
			for (MenuItem item : menu.getItems()) {
				item.setEnabled(any);
			}
		});
		table.setMenu(menu);
	}

	private static MenuItem item(Menu menu, String text) {
		MenuItem item = new MenuItem(menu, SWT.PUSH);
		item.setText(text);
		return item;
	}

	private static void with(Supplier<Message> selected, Consumer<Message> action) {
		Message message = selected.get();
		if (message != null) {
			action.accept(message);
		}
	}

	/** The payload as the detail pane reads it: text, or hex for binary payloads. */
	static String text(Message message) {
		byte[] payload = Payloads.prefix(message.payload(), MAX_COPIED_BYTES);
		return Payloads.decode(payload, Payloads.isText(payload) ? Payloads.Format.TEXT : Payloads.Format.HEX);
	}
}
