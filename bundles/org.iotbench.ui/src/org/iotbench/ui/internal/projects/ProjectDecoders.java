package org.iotbench.ui.internal.projects;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.iotbench.payloads.Format;
import org.iotbench.payloads.FormatRule;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.projects.PayloadFormat;
import org.iotbench.projects.Project;
import org.iotbench.projects.TopicFormat;

/**
 * The payload decoder of each project, made from its format declarations and made again when they change (the
 * decoder keeps the Protobuf schemas it loaded, so it is kept while the declarations stay the same). UI thread.
 */
public final class ProjectDecoders {

	private static final Map<Project, PayloadDecoder> DECODERS = new WeakHashMap<>();

	private ProjectDecoders() {
	}

	/** The decoder that follows the project's declarations now. */
	public static PayloadDecoder of(Project project) {
		List<FormatRule> rules = rules(project);
		PayloadDecoder decoder = DECODERS.get(project);
		if (decoder == null || !decoder.rules().equals(rules)) {
			decoder = new PayloadDecoder(rules);
			DECODERS.put(project, decoder);
		}
		return decoder;
	}

	/** The project's declarations as rules of the decoder. */
	static List<FormatRule> rules(Project project) {
		return project.getPayloadFormats().stream().filter(format -> format.getTopicFilter() != null)
				.map(format -> new FormatRule(format.getTopicFilter(), format(format.getFormat()),
						format.getDescriptorFile(), format.getMessageType()))
				.toList();
	}

	/** The decoder's format of a model's format (the same names). */
	public static Format format(PayloadFormat format) {
		return Format.valueOf(format.getName());
	}

	/** The model's format of a decoder's format. */
	public static PayloadFormat format(Format format) {
		return PayloadFormat.getByName(format.name());
	}

	/** A copy of a declaration, for editing in a dialog. */
	static TopicFormat copy(TopicFormat format) {
		return org.eclipse.emf.ecore.util.EcoreUtil.copy(format);
	}
}
