package org.iotbench.dashboards;

import java.util.Locale;
import java.util.OptionalDouble;

import org.eclipse.osgi.util.NLS;
import org.iotbench.dashboards.internal.Messages;
import org.iotbench.payloads.JsonValues;

/**
 * When an indicator is on: a comparison such as {@code > 30}, {@code <= 0.5}, {@code == open} or {@code != off}
 * with the widget's value on the left, or nothing for a true-like value (a number other than 0, {@code true},
 * {@code on}, {@code yes}, {@code open}). Numbers compare as numbers, anything else as text.
 */
public final class Condition {

	private static final String[] OPERATORS = { ">=", "<=", "!=", "==", ">", "<", "=" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private final String operator;
	private final String operand;
	private final OptionalDouble number;

	private Condition(String operator, String operand) {
		this.operator = operator;
		this.operand = operand;
		this.number = operand == null ? OptionalDouble.empty() : JsonValues.number(operand);
	}

	/**
	 * @param text as the user wrote it; empty or null for a true-like value
	 * @throws IllegalArgumentException with a message a user can act on, when an ordering has no number
	 */
	public static Condition parse(String text) {
		String trimmed = text == null ? "" : text.trim(); //$NON-NLS-1$
		if (trimmed.isEmpty()) {
			return new Condition(null, null);
		}
		for (String operator : OPERATORS) {
			if (trimmed.startsWith(operator)) {
				String operand = unquote(trimmed.substring(operator.length()).trim());
				if (operand.isEmpty()) {
					throw new IllegalArgumentException(NLS.bind(Messages.Condition_noOperand, trimmed));
				}
				Condition condition = new Condition(operator.equals("=") ? "==" : operator, operand); //$NON-NLS-1$ //$NON-NLS-2$
				if (operator.charAt(0) != '=' && operator.charAt(0) != '!' && condition.number.isEmpty()) {
					throw new IllegalArgumentException(NLS.bind(Messages.Condition_notNumber, trimmed));
				}
				return condition;
			}
		}
		return new Condition("==", unquote(trimmed)); // a bare value: equal to it //$NON-NLS-1$
	}

	private static String unquote(String text) {
		if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") //$NON-NLS-1$ //$NON-NLS-2$
				|| text.startsWith("'") && text.endsWith("'"))) { //$NON-NLS-1$ //$NON-NLS-2$
			return text.substring(1, text.length() - 1);
		}
		return text;
	}

	/**
	 * @param text the value as text, or null when there is none yet (never true)
	 */
	public boolean test(String text) {
		if (text == null) {
			return false;
		}
		String value = text.trim();
		if (operator == null) {
			return truthy(value);
		}
		OptionalDouble actual = JsonValues.number(value);
		if (number.isPresent() && actual.isPresent()) {
			int order = Double.compare(actual.getAsDouble(), number.getAsDouble());
			return switch (operator) {
			case ">" -> order > 0; //$NON-NLS-1$
			case ">=" -> order >= 0; //$NON-NLS-1$
			case "<" -> order < 0; //$NON-NLS-1$
			case "<=" -> order <= 0; //$NON-NLS-1$
			case "!=" -> order != 0; //$NON-NLS-1$
			default -> order == 0;
			};
		}
		return switch (operator) {
		case "==" -> value.equals(operand); //$NON-NLS-1$
		case "!=" -> !value.equals(operand); //$NON-NLS-1$
		default -> false; // an ordering of something that is not a number
		};
	}

	/** Whether a value reads as on: a number other than 0, or true, on, yes, open (any case). */
	public static boolean truthy(String value) {
		OptionalDouble number = JsonValues.number(value);
		if (number.isPresent()) {
			return number.getAsDouble() != 0;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "true", "on", "yes", "open", "high" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		default -> false;
		};
	}

	/** Whether a value reads as off: 0, false, off, no, closed, low (any case). */
	public static boolean falsy(String value) {
		OptionalDouble number = JsonValues.number(value);
		if (number.isPresent()) {
			return number.getAsDouble() == 0;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
		case "false", "off", "no", "closed", "low" -> true; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		default -> false;
		};
	}

	@Override
	public String toString() {
		return operator == null ? "" : operator + ' ' + operand; //$NON-NLS-1$
	}
}
