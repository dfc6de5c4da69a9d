package org.iotbench.bridges.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iotbench.bridges.RuleDirection;
import org.iotbench.bridges.TopicRule;
import org.iotbench.bridges.runtime.BridgeCheck;
import org.iotbench.bridges.runtime.BridgeException;
import org.iotbench.bridges.runtime.TopicMapping;
import org.iotbench.bridges.runtime.TopicRuleText;
import org.junit.jupiter.api.Test;

/** Topic rules as mosquitto writes them, and the prefixes they swap. */
class TopicMappingTest {

	@Test
	void prefixesAreSwappedBothWays() throws Exception {
		TopicMapping mapping = TopicMapping.of(TopicRuleText.parse("sensors/# both 1 lab/ site1/lab/"));
		assertEquals("lab/sensors/#", mapping.localFilter());
		assertEquals("site1/lab/sensors/#", mapping.remoteFilter());
		assertEquals("site1/lab/sensors/t", mapping.toRemote("lab/sensors/t"));
		assertEquals("lab/sensors/t", mapping.toLocal("site1/lab/sensors/t"));
		assertNull(mapping.toRemote("sensors/t"), "a local topic outside the prefix stays home");
		assertNull(mapping.toLocal("site2/lab/sensors/t"));
	}

	@Test
	void aRuleCarriesOnlyItsDirection() throws Exception {
		TopicMapping out = TopicMapping.of(TopicRuleText.parse("a/#"));
		assertEquals(RuleDirection.OUT, out.direction(), "out is the default, as in mosquitto");
		assertEquals("a/b", out.toRemote("a/b"));
		assertNull(out.toLocal("a/b"));
		TopicMapping in = TopicMapping.of(TopicRuleText.parse("a/# in 2"));
		assertNull(in.toRemote("a/b"));
		assertEquals("a/b", in.toLocal("a/b"));
		assertEquals(2, in.qos());
	}

	@Test
	void rulesReadAndWriteTheSameText() throws Exception {
		TopicRule rule = TopicRuleText.parse("\"with space/#\" in 1 \"\" remote/");
		assertEquals("with space/#", rule.getPattern());
		assertEquals("", rule.getLocalPrefix());
		assertEquals("remote/", rule.getRemotePrefix());
		assertEquals("\"with space/#\" in 1 \"\" remote/", TopicRuleText.format(rule));
		assertEquals("a/# out 0", TopicRuleText.format(TopicRuleText.parse("a/#")));
	}

	@Test
	void badRulesAreExplained() throws Exception {
		BridgeException direction = assertThrows(BridgeException.class, () -> TopicRuleText.parse("a/# sideways 1"));
		assertTrue(direction.getMessage().contains("sideways"), direction.getMessage());
		assertThrows(BridgeException.class, () -> TopicRuleText.parse("a/# in one"));
		assertThrows(BridgeException.class, () -> TopicRuleText.parse("a/# in 1 onlyone"));
		assertThrows(BridgeException.class, () -> TopicRuleText.parse("\"a/#"));
		assertTrue(BridgeCheck.problems(TopicRuleText.parse("a/# out 3")).get(0).contains("3"));
		assertTrue(BridgeCheck.problems(TopicRuleText.parse("a/# out 1 local/+/ remote/")).get(0).contains("local/+/"));
		assertEquals(1, BridgeCheck.problems(TopicRuleText.parse("a/#/b out 1")).size());
	}
}
