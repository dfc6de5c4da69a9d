package org.iotbench.core;

import org.eclipse.osgi.util.NLS;

/**
 * MQTT topic names and topic filters (MQTT 3.1.1 section 4.7, the same in MQTT 5): validation with a message a user
 * can act on, and matching, including the rule that a filter starting with a wildcard does not match topics starting
 * with {@code $}.
 */
public final class Topics {

	private static final int MAX_BYTES = 65_535;

	private Topics() {
	}

	/**
	 * Checks a topic to publish to.
	 *
	 * @return {@code null} if it is valid, else what is wrong, in words
	 */
	public static String checkTopic(String topic) {
		if (topic == null || topic.isEmpty()) {
			return Messages.Topic_empty;
		}
		if (topic.indexOf('+') >= 0 || topic.indexOf('#') >= 0) {
			return NLS.bind(Messages.Topic_wildcard, topic);
		}
		return checkCommon(topic);
	}

	/**
	 * Checks a topic filter to subscribe to.
	 *
	 * @return {@code null} if it is valid, else what is wrong, in words
	 */
	public static String checkFilter(String filter) {
		if (filter == null || filter.isEmpty()) {
			return Messages.Topic_emptyFilter;
		}
		String[] levels = filter.split("/", -1); //$NON-NLS-1$
		for (int i = 0; i < levels.length; i++) {
			String level = levels[i];
			if (level.contains("#") && (!level.equals("#") || i != levels.length - 1)) { //$NON-NLS-1$ //$NON-NLS-2$
				return NLS.bind(Messages.Topic_hash, filter);
			}
			if (level.contains("+") && !level.equals("+")) { //$NON-NLS-1$ //$NON-NLS-2$
				return NLS.bind(Messages.Topic_plus, filter);
			}
		}
		return checkCommon(filter);
	}

	private static String checkCommon(String text) {
		if (text.indexOf('\0') >= 0) {
			return Messages.Topic_nul;
		}
		if (text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Messages.Topic_tooLong;
		}
		return null;
	}

	/** Whether a valid topic filter matches a valid topic name. */
	public static boolean matches(String filter, String topic) {
		if (topic.startsWith("$") && (filter.startsWith("+") || filter.startsWith("#"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return false;
		}
		int f = 0;
		int t = 0;
		int fl = filter.length();
		int tl = topic.length();
		while (f < fl) {
			char c = filter.charAt(f);
			if (c == '#') {
				return true; // matches the parent level and everything below
			}
			if (c == '+') {
				while (t < tl && topic.charAt(t) != '/') {
					t++;
				}
				f++;
			} else {
				int fEnd = filter.indexOf('/', f);
				if (fEnd < 0) {
					fEnd = fl;
				}
				int tEnd = topic.indexOf('/', t);
				if (tEnd < 0) {
					tEnd = tl;
				}
				if (fEnd - f != tEnd - t || !filter.regionMatches(f, topic, t, fEnd - f)) {
					return false;
				}
				f = fEnd;
				t = tEnd;
			}
			// both at a separator or at their end
			if (f == fl) {
				return t == tl;
			}
			// filter has '/', move on
			f++;
			if (t == tl) {
				// "a/#" matches "a": the rest of the filter must be exactly "#"
				return filter.substring(f).equals("#"); //$NON-NLS-1$
			}
			t++;
		}
		return t == tl;
	}

	/**
	 * Whether every topic a valid filter can match is matched by a valid pattern: a permission check for a
	 * subscription (a topic name is a filter without wildcards).
	 */
	public static boolean covers(String pattern, String filter) {
		if (filter.startsWith("$") && (pattern.startsWith("+") || pattern.startsWith("#"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return false;
		}
		String[] p = pattern.split("/", -1); //$NON-NLS-1$
		String[] f = filter.split("/", -1); //$NON-NLS-1$
		for (int i = 0; i < p.length; i++) {
			if (p[i].equals("#")) { //$NON-NLS-1$
				return true;
			}
			if (i >= f.length) {
				return false;
			}
			if (f[i].equals("#")) { //$NON-NLS-1$
				return false;
			}
			if (p[i].equals("+")) { //$NON-NLS-1$
				continue;
			}
			if (!p[i].equals(f[i])) {
				return false;
			}
		}
		return p.length == f.length;
	}
}
