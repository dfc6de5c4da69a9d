package org.iotbench.bridges.runtime.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The echo of a bridge's own message is recognised once; anything else passes. */
class EchoFilterTest {

	@Test
	void eachSentMessageCancelsOneEcho() {
		EchoFilter filter = new EchoFilter();
		filter.sent("chat/a", "hi".getBytes(UTF_8), 0);
		filter.sent("chat/a", "hi".getBytes(UTF_8), 0);
		assertFalse(filter.echo("chat/a", "hello".getBytes(UTF_8), 1), "another payload is no echo");
		assertFalse(filter.echo("chat/b", "hi".getBytes(UTF_8), 1), "another topic is no echo");
		assertTrue(filter.echo("chat/a", "hi".getBytes(UTF_8), 1));
		assertTrue(filter.echo("chat/a", "hi".getBytes(UTF_8), 1));
		assertFalse(filter.echo("chat/a", "hi".getBytes(UTF_8), 1), "two sent, two echoes; the third is news");
	}

	@Test
	void anEchoThatNeverCameIsForgotten() {
		EchoFilter filter = new EchoFilter();
		filter.sent("chat/a", "hi".getBytes(UTF_8), 0);
		assertFalse(filter.echo("chat/a", "hi".getBytes(UTF_8), EchoFilter.LIFETIME_MILLIS + 1));
	}
}
