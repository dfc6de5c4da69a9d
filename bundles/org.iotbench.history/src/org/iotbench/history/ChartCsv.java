package org.iotbench.history;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.PriorityQueue;

import org.iotbench.core.AtomicFile;
import org.iotbench.core.Csv;

/**
 * A chart's points as CSV, one row per point, in time order: {@code time,line,value} with the time in ISO-8601 UTC,
 * as spreadsheets and pandas read it. The file is replaced only once it is whole.
 */
public final class ChartCsv {

	private ChartCsv() {
	}

	/**
	 * @param names  the name of each line
	 * @param points the points of each line, in the same order
	 * @return the number of rows written
	 */
	public static long write(Path file, List<String> names, List<SeriesPoints.Snapshot> points) throws IOException {
		long[] rows = { 0 };
		new AtomicFile(file).write(stream -> {
			Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
			out.write(Csv.join(List.of("time", "line", "value"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.write('\n');
			// merge the lines by time: each is in time order already
			PriorityQueue<int[]> next = new PriorityQueue<>(
					(a, b) -> Long.compare(points.get(a[0]).times()[a[1]], points.get(b[0]).times()[b[1]]));
			for (int line = 0; line < points.size(); line++) {
				if (points.get(line).size() > 0) {
					next.add(new int[] { line, 0 });
				}
			}
			while (!next.isEmpty()) {
				int[] at = next.poll();
				SeriesPoints.Snapshot snapshot = points.get(at[0]);
				out.write(Csv.join(List.of(Instant.ofEpochMilli(snapshot.times()[at[1]]).toString(), names.get(at[0]),
						number(snapshot.values()[at[1]]))));
				out.write('\n');
				rows[0]++;
				if (at[1] + 1 < snapshot.size()) {
					next.add(new int[] { at[0], at[1] + 1 });
				}
			}
			out.flush();
		});
		return rows[0];
	}

	private static String number(double value) {
		return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
				: Double.toString(value);
	}
}
