package org.iotbench.simulator.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.iotbench.core.Csv;

import freemarker.template.TemplateModelException;

/**
 * The rows of a CSV file with a header line, played one per message and from the first again after the last, as
 * recorded sensor values are replayed.
 */
public final class CsvRows {

	/** More is not a device's replay but a data set: refused rather than held in memory. */
	static final int MAX_ROWS = 1_000_000;

	private final Path file;
	private final List<String> header;
	private final List<List<String>> rows;
	private int current = -1;

	private CsvRows(Path file, List<String> header, List<List<String>> rows) {
		this.file = file;
		this.header = header;
		this.rows = rows;
	}

	/**
	 * Reads the whole file.
	 *
	 * @throws IOException with a message that names the file and says what is wrong with it
	 */
	public static CsvRows read(Path file) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<String> header = Csv.next(in);
			if (header == null || header.isEmpty()) {
				throw new IOException(NLS.bind(Messages.Csv_empty, file));
			}
			List<List<String>> rows = new ArrayList<>();
			List<String> row;
			while ((row = Csv.next(in)) != null) {
				if (row.size() == 1 && row.get(0).isBlank()) {
					continue;
				}
				if (rows.size() == MAX_ROWS) {
					throw new IOException(NLS.bind(Messages.Csv_tooLong, file, MAX_ROWS));
				}
				rows.add(row);
			}
			if (rows.isEmpty()) {
				throw new IOException(NLS.bind(Messages.Csv_noRows, file));
			}
			return new CsvRows(file, List.copyOf(header), rows);
		} catch (IllegalArgumentException e) {
			throw new IOException(file + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
	}

	/** Back to before the first row. */
	void rewind() {
		current = -1;
	}

	/** Moves to the next row (the first at the first call, the first again after the last). */
	void advance() {
		current = (current + 1) % rows.size();
	}

	/** A cell of the current row by its column's name, or by its number counted from 1. */
	String cell(String column) throws TemplateModelException {
		int index = header.indexOf(column);
		if (index < 0) {
			try {
				index = Integer.parseInt(column.trim()) - 1;
			} catch (NumberFormatException e) {
				index = -1;
			}
		}
		if (index < 0 || index >= header.size()) {
			throw new TemplateModelException(NLS.bind(Messages.Csv_noColumn, new Object[] { column, file,
					String.join(", ", header) })); //$NON-NLS-1$
		}
		List<String> row = rows.get(Math.max(0, current));
		return index < row.size() ? row.get(index) : ""; //$NON-NLS-1$
	}

	int size() {
		return rows.size();
	}
}
