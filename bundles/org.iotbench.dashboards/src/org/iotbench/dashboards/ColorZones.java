package org.iotbench.dashboards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;
import org.iotbench.dashboards.internal.Messages;
import org.iotbench.payloads.JsonValues;

/**
 * The colours of a gauge by value: {@code "30 #f9a825, 40 #c62828"} means from 30 upwards amber, from 40 upwards red,
 * below 30 the gauge's own colour. Colours are {@code #RRGGBB}.
 */
public final class ColorZones {

	/** A zone: from a value upwards, a colour as 0xRRGGBB. */
	public record Zone(double from, int rgb) {
	}

	private final List<Zone> zones;

	private ColorZones(List<Zone> zones) {
		this.zones = List.copyOf(zones);
	}

	/**
	 * @throws IllegalArgumentException naming the part that is wrong
	 */
	public static ColorZones parse(String text) {
		List<Zone> zones = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			for (String part : text.split("[,;]")) { //$NON-NLS-1$
				String[] words = part.trim().split("\\s+"); //$NON-NLS-1$
				OptionalDouble from = words.length == 2 ? JsonValues.number(words[0]) : OptionalDouble.empty();
				int rgb = words.length == 2 ? rgb(words[1]) : -1;
				if (from.isEmpty() || rgb < 0) {
					throw new IllegalArgumentException(NLS.bind(Messages.Zones_bad, part.trim()));
				}
				zones.add(new Zone(from.getAsDouble(), rgb));
			}
		}
		zones.sort(Comparator.comparingDouble(Zone::from));
		return new ColorZones(zones);
	}

	/** A colour {@code #RRGGBB} as 0xRRGGBB, or -1 when it is not one. */
	public static int rgb(String text) {
		if (text == null || !text.matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
			return -1;
		}
		return Integer.parseInt(text.substring(1), 16);
	}

	/** The colour of a value as 0xRRGGBB, or -1 when it lies below every zone. */
	public int colorOf(double value) {
		int color = -1;
		for (Zone zone : zones) {
			if (value >= zone.from()) {
				color = zone.rgb();
			}
		}
		return color;
	}

	public List<Zone> zones() {
		return zones;
	}
}
