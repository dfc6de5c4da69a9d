package org.iotbench.dashboards.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.iotbench.dashboards.Choices;
import org.iotbench.dashboards.ColorZones;
import org.iotbench.dashboards.Condition;
import org.iotbench.dashboards.ControlPayload;
import org.junit.jupiter.api.Test;

/** An indicator's condition, a gauge's colour zones, a drop-down's choices and a control's payload template. */
class ConditionTest {

	@Test
	void numbersCompareAsNumbersAndTextAsText() {
		Condition hot = Condition.parse("> 30");
		assertTrue(hot.test("30.5"));
		assertFalse(hot.test("30"));
		assertFalse(hot.test("warm"), "an ordering of text is never true");
		assertFalse(hot.test(null), "no value yet: off");
		assertTrue(Condition.parse(">=30").test("30.0"));
		assertTrue(Condition.parse("== 1").test("1.0"), "1 and 1.0 are the same number");
		assertTrue(Condition.parse("== open").test(" open "));
		assertTrue(Condition.parse("open").test("open"), "a bare value means equal to it");
		assertTrue(Condition.parse("!= \"off\"").test("on"));
		assertFalse(Condition.parse("!= off").test("off"));
	}

	@Test
	void withoutAConditionTrueLikeValuesLightTheIndicator() {
		Condition any = Condition.parse("");
		for (String on : new String[] { "1", "true", "ON", "yes", "open", "0.5" }) {
			assertTrue(any.test(on), on);
		}
		for (String off : new String[] { "0", "false", "off", "closed", "", "hello" }) {
			assertFalse(any.test(off), off);
		}
	}

	@Test
	void aConditionWithoutAValueOrOrderingTextIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> Condition.parse(">"));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Condition.parse("< cold"));
		assertTrue(e.getMessage().contains("< cold"), e.getMessage());
	}

	@Test
	void zonesColourFromEachValueUpwards() {
		ColorZones zones = ColorZones.parse("40 #c62828; 30 #f9a825");
		assertEquals(-1, zones.colorOf(29.9), "below every zone: the gauge's own colour");
		assertEquals(0xf9a825, zones.colorOf(30));
		assertEquals(0xc62828, zones.colorOf(55));
		assertThrows(IllegalArgumentException.class, () -> ColorZones.parse("30"));
		assertThrows(IllegalArgumentException.class, () -> ColorZones.parse("hot #ff0000"));
	}

	@Test
	void choicesHaveLabelsAndValues() {
		var choices = Choices.parse("Low=1, Medium = 2,High");
		assertEquals(3, choices.size());
		assertEquals(new Choices.Choice("Medium", "2"), choices.get(1));
		assertEquals(new Choices.Choice("High", "High"), choices.get(2), "without =, the label is the value");
	}

	@Test
	void templatesPutTheValueAndAColoursPartsIn() {
		assertEquals("{\"relay\": 1, \"on\": 42}", ControlPayload.render("{\"relay\": 1, \"on\": ${value}}", "42"));
		assertEquals("42", ControlPayload.render("", "42"), "no template: the value alone");
		assertEquals("rgb(255,136,0) #ff8800", ControlPayload.render("rgb(${r},${g},${b}) ${value}", "#ff8800"));
		assertEquals("$1 \\ ok", ControlPayload.render("${value} \\ ok", "$1"), "a value is put in as it is");
	}
}
