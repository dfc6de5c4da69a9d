package org.iotbench.ui.internal.projects;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.iotbench.sessions.Message;

/** The filter of the message list: every word must occur in the topic or in the payload text (case-insensitive). */
final class MessageFilter {

	private final String[] words;

	MessageFilter(String text) {
		String trimmed = text == null ? "" : text.trim().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		words = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+"); //$NON-NLS-1$
	}

	boolean accepts(Message message) {
		if (words.length == 0) {
			return true;
		}
		String topic = message.topic().toLowerCase(Locale.ROOT);
		String payload = null;
		for (String word : words) {
			if (topic.contains(word)) {
				continue;
			}
			if (payload == null) {
				payload = new String(message.payload(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
			}
			if (!payload.contains(word)) {
				return false;
			}
		}
		return true;
	}
}
