package org.iotbench.rcp.help;

import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * The pages of the user guide as files a web browser can open. Help hrefs name a page in a bundle
 * ({@code /org.iotbench.help/html/views.html#log}); the page's whole folder is made available as files, so that its
 * style sheet and its links to the other pages work too.
 */
public final class GuidePages {

	/** The guide's first page, the topic of its table of contents. */
	public static final String HOME = "/org.iotbench.help/html/index.html"; //$NON-NLS-1$

	private static final String NL = "nl/"; //$NON-NLS-1$

	private GuidePages() {
	}

	/**
	 * The page in the workbench's language where there is one, as Eclipse's help does: {@code nl/zh/CN/...}, then
	 * {@code nl/zh/...}, then the English page; null when there is none.
	 */
	static String localized(Bundle bundle, String entry) {
		String[] nl = Platform.getNL().split("_"); //$NON-NLS-1$
		if (nl.length > 1 && bundle.getEntry(NL + nl[0] + '/' + nl[1] + '/' + entry) != null) {
			return NL + nl[0] + '/' + nl[1] + '/' + entry;
		}
		if (bundle.getEntry(NL + nl[0] + '/' + entry) != null) {
			return NL + nl[0] + '/' + entry;
		}
		return bundle.getEntry(entry) == null ? null : entry;
	}

	/** The file URL of a help href, with its anchor. */
	public static URL url(String href) throws IOException {
		String path = href.startsWith("/") ? href.substring(1) : href; //$NON-NLS-1$
		String anchor = null;
		int hash = path.indexOf('#');
		if (hash >= 0) {
			anchor = path.substring(hash + 1);
			path = path.substring(0, hash);
		}
		int slash = path.indexOf('/');
		int lastSlash = path.lastIndexOf('/');
		if (slash <= 0 || lastSlash == path.length() - 1) {
			throw new FileNotFoundException(href);
		}
		Bundle bundle = Platform.getBundle(path.substring(0, slash));
		String entry = bundle == null ? null : localized(bundle, path.substring(slash + 1));
		if (entry == null) {
			throw new FileNotFoundException(href);
		}
		String folder = entry.substring(0, Math.max(0, entry.lastIndexOf('/') + 1));
		if (entry.startsWith(NL)) {
			// a translated page links to the style sheet of the English ones: both folders as files
			String english = path.substring(slash + 1);
			english = english.substring(0, Math.max(0, english.lastIndexOf('/') + 1));
			FileLocator.toFileURL(bundle.getEntry(english.isEmpty() ? "/" : english)); //$NON-NLS-1$
		}
		File directory = new File(FileLocator.toFileURL(bundle.getEntry(folder.isEmpty() ? "/" : folder)).getPath()); //$NON-NLS-1$
		File page = new File(directory, entry.substring(folder.length()));
		if (!page.isFile()) {
			throw new FileNotFoundException(page.toString());
		}
		try {
			return new URI("file", null, page.getAbsolutePath(), anchor).toURL(); //$NON-NLS-1$
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}
}
