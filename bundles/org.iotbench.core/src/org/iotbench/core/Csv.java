package org.iotbench.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated values as RFC 4180 has them: cells in double quotes may hold commas, quotes ("") and line breaks.
 */
public final class Csv {

	private Csv() {
	}

	/**
	 * The cells of one line.
	 *
	 * @throws IllegalArgumentException for a quote that is not closed
	 */
	public static List<String> split(String line) {
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
			throw new IllegalArgumentException(Messages.Csv_openQuote);
		}
		cells.add(cell.toString());
		return cells;
	}

	/**
	 * The next record of a file, whose quoted cells may span lines; {@code null} at the end.
	 *
	 * @throws IllegalArgumentException for a quote that is not closed at the end of the file
	 */
	public static List<String> next(BufferedReader in) throws IOException {
		String line = in.readLine();
		if (line == null) {
			return null;
		}
		StringBuilder record = new StringBuilder(line);
		while (!closed(record)) {
			String more = in.readLine();
			if (more == null) {
				throw new IllegalArgumentException(Messages.Csv_openQuote);
			}
			record.append('\n').append(more);
		}
		return split(record.toString());
	}

	/** Whether every quote of a record is closed: an even number of double quotes. */
	private static boolean closed(CharSequence record) {
		int quotes = 0;
		for (int i = 0; i < record.length(); i++) {
			if (record.charAt(i) == '"') {
				quotes++;
			}
		}
		return quotes % 2 == 0;
	}

	/** One line of cells, quoted where they need it. */
	public static String join(List<String> cells) {
		List<String> quoted = new ArrayList<>();
		for (String cell : cells) {
			String value = cell == null ? "" : cell; //$NON-NLS-1$
			quoted.add(value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					|| !value.equals(value.trim())
					? '"' + value.replace("\"", "\"\"") + '"' : value); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return String.join(",", quoted); //$NON-NLS-1$
	}
}
