package org.iotbench.registry;

import java.util.ArrayList;
import java.util.List;

/** One line of comma-separated values as RFC 4180 has them: cells in double quotes may hold commas and quotes (""). */
final class Csv {

	private Csv() {
	}

	/** @throws IllegalArgumentException for a quote that is not closed */
	static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"' && cell.toString().isBlank()) {
				cell.setLength(0);
				quoted = true;
			} else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException(Messages.Fleet_openQuote);
		}
		cells.add(cell.toString());
		return cells;
	}

	static String join(List<String> cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			String value = cell == null ? "" : cell; //$NON-NLS-1$
			quoted.add(value.contains(",") || value.contains("\"") || value.contains("\n") || !value.equals(value.trim()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					? '"' + value.replace("\"", "\"\"") + '"' : value); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return String.join(",", quoted); //$NON-NLS-1$
	}
}
