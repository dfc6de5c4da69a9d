package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.Test;

/**
 * Every externalised message of every IoT Workbench bundle keeps its arguments when bound: {@code NLS.bind} reads an
 * apostrophe as the start of a quoted literal, so "the broker's limit of {0}" printed a literal "{0}" (write '').
 */
class MessagesTest {

	private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

	@Test
	void boundMessagesKeepTheirArguments() throws Exception {
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (Bundle bundle : FrameworkUtil.getBundle(MessagesTest.class).getBundleContext().getBundles()) {
			if (!bundle.getSymbolicName().startsWith("org.iotbench")) {
				continue;
			}
			var entries = bundle.findEntries("/", "messages*.properties", true);
			for (URL entry : entries == null ? List.<URL>of() : Collections.list(entries)) {
				if (entry.getPath().contains("/target/") || entry.getPath().contains("/bin/")) {
					continue; // the copies the build made of the sources
				}
				Properties messages = new Properties();
				try (InputStream in = entry.openStream()) {
					messages.load(in);
				}
				for (String key : messages.stringPropertyNames()) {
					String text = messages.getProperty(key);
					Matcher arguments = ARGUMENT.matcher(text);
					int count = 0;
					while (arguments.find()) {
						count = Math.max(count, Integer.parseInt(arguments.group(1)) + 1);
					}
					if (count == 0) {
						continue;
					}
					Object[] values = new Object[count];
					for (int i = 0; i < count; i++) {
						values[i] = "<arg" + i + ">";
					}
					String bound = NLS.bind(text, values);
					checked++;
					for (int i = 0; i < count; i++) {
						if (text.contains("{" + i + "}") && !bound.contains("<arg" + i + ">")) {
							broken.add(bundle.getSymbolicName() + " " + key + ": " + bound);
						}
					}
				}
			}
		}
		assertTrue(checked > 50, "messages with arguments were found: " + checked);
		assertEquals(List.of(), broken, "messages that lose an argument (an apostrophe must be written '')");
	}
}
