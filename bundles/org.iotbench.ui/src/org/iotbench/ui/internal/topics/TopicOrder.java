package org.iotbench.ui.internal.topics;

import java.util.Arrays;
import java.util.Comparator;

import org.iotbench.history.TopicNode;

/** How the levels of the topic tree are ordered: by name (numbers in names counted as numbers), or busiest first. */
enum TopicOrder {
	NAME, RATE;

	TopicNode[] sort(TopicNode[] nodes, long nowMillis) {
		if (this == NAME) {
			Arrays.sort(nodes, Comparator.comparing(TopicNode::name, TopicOrder::natural));
		} else {
			double[] rates = new double[nodes.length];
			Integer[] order = new Integer[nodes.length];
			for (int i = 0; i < nodes.length; i++) {
				rates[i] = nodes[i].messageRate(nowMillis);
				order[i] = i;
			}
			Arrays.sort(order, (a, b) -> {
				int byRate = Double.compare(rates[b], rates[a]);
				if (byRate != 0) {
					return byRate;
				}
				int byCount = Long.compare(nodes[b].subtreeCount(), nodes[a].subtreeCount());
				return byCount != 0 ? byCount : natural(nodes[a].name(), nodes[b].name());
			});
			TopicNode[] sorted = new TopicNode[nodes.length];
			for (int i = 0; i < nodes.length; i++) {
				sorted[i] = nodes[order[i]];
			}
			return sorted;
		}
		return nodes;
	}

	/** "sensor2" before "sensor10"; otherwise as the characters go, ignoring case. */
	static int natural(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char x = a.charAt(i);
			char y = b.charAt(j);
			if (Character.isDigit(x) && Character.isDigit(y)) {
				int endA = i;
				while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
					endA++;
				}
				int endB = j;
				while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
					endB++;
				}
				String numberA = a.substring(i, endA).replaceFirst("^0+(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
				String numberB = b.substring(j, endB).replaceFirst("^0+(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
				int byLength = Integer.compare(numberA.length(), numberB.length());
				if (byLength != 0) {
					return byLength;
				}
				int byDigits = numberA.compareTo(numberB);
				if (byDigits != 0) {
					return byDigits;
				}
				i = endA;
				j = endB;
			} else {
				int byChar = Character.compare(Character.toLowerCase(x), Character.toLowerCase(y));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		int byRest = Integer.compare(a.length() - i, b.length() - j);
		return byRest != 0 ? byRest : a.compareTo(b);
	}
}
