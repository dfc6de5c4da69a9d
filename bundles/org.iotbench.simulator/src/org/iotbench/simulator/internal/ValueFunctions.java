package org.iotbench.simulator.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.eclipse.osgi.util.NLS;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * The functions a payload template calls: {@code counter()}, {@code random(min, max)}, {@code randomInt(min, max)},
 * {@code walk(start, step[, min, max])}, {@code sine(min, max, periodSeconds)}, {@code choice(a, b, ...)},
 * {@code time()}, {@code epoch()}, {@code epochMillis()} and {@code csv(column)}. A function that keeps state (the
 * counter, a walk) keeps it per call site: the second {@code walk} of a template walks on its own. Not thread-safe:
 * one device renders its template on one thread.
 */
public final class ValueFunctions {

	private final RandomGenerator random;
	private final Clock clock;
	private final Instant started;
	private final CsvRows csv;
	private final List<Stateful> stateful = new ArrayList<>();

	/** @param csv the rows {@code csv(column)} reads, or {@code null} when the device has no CSV file */
	public ValueFunctions(RandomGenerator random, Clock clock, CsvRows csv) {
		this.random = random;
		this.clock = clock;
		this.started = clock.instant();
		this.csv = csv;
	}

	/** The functions by name, for the template's data model. */
	public Map<String, TemplateModel> models() {
		Map<String, TemplateModel> models = new HashMap<>();
		Stateful counter = new Stateful() {
			@Override
			String next(List<?> args, double[] state, boolean first) throws TemplateModelException {
				double start = args.isEmpty() ? 0 : number(args, 0);
				state[0] = first ? start : state[0] + 1;
				return format(state[0]);
			}
		};
		Stateful walk = new Stateful() {
			@Override
			String next(List<?> args, double[] state, boolean first) throws TemplateModelException {
				arity(args, 2, 4);
				double step = number(args, 1);
				double value = first ? number(args, 0) : state[0] + (random.nextDouble() * 2 - 1) * step;
				if (args.size() == 4) {
					value = Math.max(number(args, 2), Math.min(number(args, 3), value));
				}
				state[0] = value;
				return format(value);
			}
		};
		stateful.add(counter);
		stateful.add(walk);
		models.put("counter", counter); //$NON-NLS-1$
		models.put("walk", walk); //$NON-NLS-1$
		models.put("random", (TemplateMethodModelEx) args -> { //$NON-NLS-1$
			arity(args, 2, 2);
			double min = number(args, 0);
			double max = number(args, 1);
			return new SimpleScalar(format(min + random.nextDouble() * (max - min)));
		});
		models.put("randomInt", (TemplateMethodModelEx) args -> { //$NON-NLS-1$
			arity(args, 2, 2);
			long min = (long) number(args, 0);
			long max = (long) number(args, 1);
			return new SimpleScalar(Long.toString(max <= min ? min : random.nextLong(min, max + 1)));
		});
		models.put("sine", (TemplateMethodModelEx) args -> { //$NON-NLS-1$
			arity(args, 3, 3);
			double min = number(args, 0);
			double max = number(args, 1);
			double period = number(args, 2);
			double seconds = (clock.millis() - started.toEpochMilli()) / 1000.0;
			double phase = period <= 0 ? 0 : Math.sin(2 * Math.PI * seconds / period);
			return new SimpleScalar(format(min + (max - min) * (phase + 1) / 2));
		});
		models.put("choice", (TemplateMethodModelEx) args -> { //$NON-NLS-1$
			arity(args, 1, Integer.MAX_VALUE);
			return new SimpleScalar(text(args, random.nextInt(args.size())));
		});
		models.put("time", (TemplateMethodModelEx) args -> new SimpleScalar( //$NON-NLS-1$
				clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString()));
		models.put("epoch", (TemplateMethodModelEx) args -> new SimpleScalar(Long.toString(clock.millis() / 1000))); //$NON-NLS-1$
		models.put("epochMillis", (TemplateMethodModelEx) args -> new SimpleScalar(Long.toString(clock.millis()))); //$NON-NLS-1$
		models.put("csv", (TemplateMethodModelEx) args -> { //$NON-NLS-1$
			arity(args, 1, 1);
			if (csv == null) {
				throw new TemplateModelException(Messages.Template_noCsv);
			}
			return new SimpleScalar(csv.cell(text(args, 0)));
		});
		return models;
	}

	/** Forgets every state: counters, walks and the CSV row start again as at the first rendering. */
	public void reset() {
		stateful.forEach(Stateful::forget);
		if (csv != null) {
			csv.rewind();
		}
	}

	/** Called before each rendering: the stateful functions count their call sites again from the first. */
	public void beforeRender() {
		stateful.forEach(Stateful::rewind);
		if (csv != null) {
			csv.advance();
		}
	}

	/** A number as a payload shows it: an integer without decimals, otherwise at most two. */
	static String format(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		String text = String.format(Locale.ROOT, "%.2f", value); //$NON-NLS-1$
		return text.indexOf('.') < 0 ? text : text.replaceAll("0+$", "").replaceAll("\\.$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static void arity(List<?> args, int min, int max) throws TemplateModelException {
		if (args.size() < min || args.size() > max) {
			throw new TemplateModelException(min == max ? NLS.bind(Messages.Template_arguments, min, args.size())
					: NLS.bind(Messages.Template_argumentRange, new Object[] { min, max == Integer.MAX_VALUE ? "..." //$NON-NLS-1$
							: Integer.toString(max), args.size() }));
		}
	}

	private static double number(List<?> args, int index) throws TemplateModelException {
		Object arg = args.get(index);
		if (arg instanceof TemplateNumberModel number) {
			return number.getAsNumber().doubleValue();
		}
		throw new TemplateModelException(NLS.bind(Messages.Template_notNumber, index + 1, arg));
	}

	private static String text(List<?> args, int index) throws TemplateModelException {
		Object arg = args.get(index);
		if (arg instanceof TemplateScalarModel scalar) {
			return scalar.getAsString();
		}
		if (arg instanceof TemplateNumberModel number) {
			return format(number.getAsNumber().doubleValue());
		}
		return String.valueOf(arg);
	}

	/** A function whose every call site has a state of its own, kept between renderings. */
	private abstract static class Stateful implements TemplateMethodModelEx {

		private final List<double[]> states = new ArrayList<>();
		private int site;

		void rewind() {
			site = 0;
		}

		void forget() {
			states.clear();
			site = 0;
		}

		@Override
		public Object exec(@SuppressWarnings("rawtypes") List args) throws TemplateModelException {
			boolean first = site >= states.size();
			if (first) {
				states.add(new double[1]);
			}
			return new SimpleScalar(next(args, states.get(site++), first));
		}

		abstract String next(List<?> args, double[] state, boolean first) throws TemplateModelException;
	}
}
