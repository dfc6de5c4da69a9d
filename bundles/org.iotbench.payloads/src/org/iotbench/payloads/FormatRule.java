package org.iotbench.payloads;

import java.util.Objects;

/**
 * A project's declaration that the payloads of the topics matching a filter are in a format, so that the workbench
 * does not guess.
 *
 * @param topicFilter    an MQTT topic filter (wildcards allowed)
 * @param format         the format of those payloads
 * @param descriptorFile for {@link Format#PROTOBUF}: a descriptor set made with {@code protoc --descriptor_set_out}
 * @param messageType    for {@link Format#PROTOBUF}: the message type, full name ({@code pkg.Message}) or simple name
 */
public record FormatRule(String topicFilter, Format format, String descriptorFile, String messageType) {

	public FormatRule {
		Objects.requireNonNull(topicFilter);
		Objects.requireNonNull(format);
		descriptorFile = descriptorFile == null ? "" : descriptorFile; //$NON-NLS-1$
		messageType = messageType == null ? "" : messageType; //$NON-NLS-1$
	}

	/** A rule for a format that needs no schema. */
	public FormatRule(String topicFilter, Format format) {
		this(topicFilter, format, "", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
