package org.iotbench.simulator;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.eclipse.osgi.util.NLS;
import org.iotbench.simulator.internal.CsvRows;
import org.iotbench.simulator.internal.Messages;
import org.iotbench.simulator.internal.ValueFunctions;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The payload a virtual device publishes, made anew for each message from a FreeMarker template such as
 * <code>{"temp": ${walk(21, 0.3, 15, 30)}, "n": ${counter()}, "at": "${time()}"}</code>. The functions are those of
 * {@link ValueFunctions}; {@code clientId} is the device's client ID. Templates cannot reach Java classes. Not
 * thread-safe: one device renders on one thread.
 */
public final class PayloadTemplate {

	/** What a new virtual device publishes unless told otherwise. */
	public static final String EXAMPLE = "{\"temp\": ${walk(21, 0.3, 15, 30)}, \"humidity\": ${random(40, 60)}, " //$NON-NLS-1$
			+ "\"count\": ${counter(1)}, \"at\": \"${time()}\"}"; //$NON-NLS-1$

	private final Template template;
	private final ValueFunctions functions;
	private final Map<String, Object> model = new HashMap<>();

	private PayloadTemplate(Template template, ValueFunctions functions, String clientId) {
		this.template = template;
		this.functions = functions;
		model.putAll(functions.models());
		model.put("clientId", clientId); //$NON-NLS-1$
	}

	/**
	 * Compiles a template.
	 *
	 * @param csv the rows {@code csv(column)} reads, or {@code null}
	 * @throws IllegalArgumentException saying where the template is wrong and why
	 */
	public static PayloadTemplate compile(String text, String clientId, CsvRows csv, RandomGenerator random,
			Clock clock) {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setNumberFormat("computer"); //$NON-NLS-1$
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		configuration.setAPIBuiltinEnabled(false);
		try {
			Template template = new Template("payload", new StringReader(text), configuration); //$NON-NLS-1$
			return new PayloadTemplate(template, new ValueFunctions(random, clock, csv), clientId);
		} catch (freemarker.core.ParseException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_invalidAt, new Object[] { e.getLineNumber(),
					e.getColumnNumber(), firstLine(e.getEditorMessage()) }), e);
		} catch (IOException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_invalid, firstLine(e.getMessage())), e);
		}
	}

	/** {@link #compile(String, String, CsvRows, RandomGenerator, Clock)} with a fresh random generator and the system clock. */
	public static PayloadTemplate compile(String text, String clientId, CsvRows csv) {
		return compile(text, clientId, csv, RandomGenerator.getDefault(), Clock.systemUTC());
	}

	/**
	 * The next payload.
	 *
	 * @throws IllegalArgumentException when a function is called wrongly (a missing argument, an unknown CSV
	 *                                  column), said in words
	 */
	public String render() {
		functions.beforeRender();
		StringWriter out = new StringWriter();
		try {
			template.process(model, out);
		} catch (TemplateException e) {
			Throwable cause = e.getCause() instanceof freemarker.template.TemplateModelException model
					&& model.getMessage() != null ? model : e;
			String what = cause == e ? e.getMessageWithoutStackTop() : cause.getMessage();
			throw new IllegalArgumentException(NLS.bind(Messages.Template_failed, firstLine(what)), e);
		} catch (IOException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Template_failed, firstLine(e.getMessage())), e);
		}
		return out.toString();
	}

	/**
	 * Makes one payload to find a function called wrongly, then forgets it: the next payload is the first again.
	 *
	 * @throws IllegalArgumentException as {@link #render()} does
	 */
	public void check() {
		try {
			render();
		} finally {
			functions.reset();
		}
	}

	/** FreeMarker's messages go on for lines (tips, the template's stack); the first says what is wrong. */
	private static String firstLine(String message) {
		if (message == null) {
			return ""; //$NON-NLS-1$
		}
		String trimmed = message.strip();
		int end = trimmed.indexOf('\n');
		return end < 0 ? trimmed : trimmed.substring(0, end).strip();
	}
}
