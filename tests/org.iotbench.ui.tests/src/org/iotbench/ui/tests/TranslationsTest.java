package org.iotbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every message file of the workbench's bundles (Java message classes, plugin.properties) has its Simplified Chinese
 * sibling ({@code _zh}) with exactly the same keys: a string added in English only, or left behind in Chinese, fails
 * the build. (The features' feature.properties are not bundles; they are checked by eye.)
 */
class TranslationsTest {

	private static final String CHINESE = "_zh.properties"; //$NON-NLS-1$

	@Test
	void everyEnglishKeyHasItsChineseAndNoOther() throws IOException {
		List<String> problems = new ArrayList<>();
		int files = 0;
		for (Bundle bundle : FrameworkUtil.getBundle(TranslationsTest.class).getBundleContext().getBundles()) {
			String name = bundle.getSymbolicName();
			if (!name.startsWith("org.iotbench.") || name.endsWith(".tests") || name.endsWith(".support")) {
				continue;
			}
			Enumeration<URL> entries = bundle.findEntries("/", "*.properties", true);
			for (URL url : entries == null ? Collections.<URL>emptyList() : Collections.list(entries)) {
				String path = url.getPath();
				if (path.endsWith(CHINESE) || path.endsWith("/build.properties") || path.startsWith("/META-INF/maven/")
						|| path.startsWith("/target/") || path.startsWith("/bin/")) {
					// the build's own files (a bundle of the build runs from its folder in the tests)
					continue;
				}
				files++;
				// beside the English file, in the same bundle or fragment (findEntries also returns a fragment's files)
				URL chinese = new URL(url, path.substring(path.lastIndexOf('/') + 1).replace(".properties", CHINESE));
				if (!exists(chinese)) {
					problems.add(name + path + ": no Chinese file");
					continue;
				}
				Set<String> english = keys(url);
				Set<String> translated = keys(chinese);
				Set<String> untranslated = new TreeSet<>(english);
				untranslated.removeAll(translated);
				Set<String> extra = new TreeSet<>(translated);
				extra.removeAll(english);
				if (!untranslated.isEmpty()) {
					problems.add(name + path + ": not in Chinese: " + untranslated);
				}
				if (!extra.isEmpty()) {
					problems.add(name + path + ": only in Chinese: " + extra);
				}
			}
		}
		assertEquals(List.of(), problems, "in " + files + " message files");
	}

	private static boolean exists(URL url) {
		try (java.io.InputStream in = url.openStream()) {
			return true;
		} catch (IOException e) {
			return false;
		}
	}

	private static Set<String> keys(URL url) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = url.openStream();
				java.io.Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}
}
