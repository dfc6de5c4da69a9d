package org.iotbench.broker;

/**
 * A message as the local broker routes it.
 *
 * @param topic       the topic name
 * @param payload     the payload (not copied: do not change it)
 * @param qos         0, 1 or 2
 * @param retain      whether it was published as retained (or, from {@link BrokerService#retained}, is retained)
 * @param publisherId the client ID of the device that published it, or {@link #WORKBENCH} for the workbench itself
 */
public record BrokerMessage(String topic, byte[] payload, int qos, boolean retain, String publisherId) {

	/** The publisher ID of messages the workbench publishes through the broker. */
	public static final String WORKBENCH = "$workbench"; //$NON-NLS-1$
}
