package org.iotbench.sessions;

/**
 * Where a {@link MessageStore} hands each message it records, to keep it beyond the store's bounded memory (a
 * project's history on disk). Called in sequence order, with the store's lock held: it must only take the message
 * and return (queue it), never wait for a disk.
 */
public interface MessageJournal {

	/** Takes a message just recorded. */
	void record(Message message);

	/** Forgets every message taken so far: the user cleared the project's messages. */
	void clear();

	/**
	 * Takes what the broker now holds as a topic's retained message, when the session knows it beyond what its
	 * messages say (a local project sees devices publish retained messages, which MQTT delivers unflagged).
	 *
	 * @param held whether the topic now has a retained message (an empty one deletes it)
	 */
	default void retained(String topic, boolean held) {
		// nothing by default
	}
}
