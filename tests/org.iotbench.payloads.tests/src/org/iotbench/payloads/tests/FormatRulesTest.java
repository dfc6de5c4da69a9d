package org.iotbench.payloads.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.Format;
import org.iotbench.payloads.FormatRule;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.JsonValues;
import org.iotbench.payloads.PayloadDecoder;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonParser;

/** A project's format declarations, guessing without them, and JSON paths into decoded payloads. */
class FormatRulesTest {

	@Test
	void firstMatchingDeclarationWinsAndNothingIsGuessedUnderIt() {
		PayloadDecoder decoder = new PayloadDecoder(List.of(new FormatRule("lab/+/raw", Format.HEX), //$NON-NLS-1$
				new FormatRule("lab/#", Format.TEXT))); //$NON-NLS-1$
		byte[] json = "{\"t\":1}".getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		Decoded raw = decoder.decode("lab/a/raw", json); //$NON-NLS-1$
		assertEquals(Format.HEX, raw.format());
		assertFalse(raw.guessed());
		assertEquals("7b 22 74 22 3a 31 7d", raw.text()); //$NON-NLS-1$
		Decoded text = decoder.decode("lab/a/json", json); //$NON-NLS-1$
		assertEquals(Format.TEXT, text.format(), "declared text stays text, though it looks like JSON"); //$NON-NLS-1$
		assertFalse(text.guessed());
		assertEquals("Text", text.label()); //$NON-NLS-1$
		Decoded elsewhere = decoder.decode("home/t", json); //$NON-NLS-1$
		assertEquals(Format.JSON, elsewhere.format());
		assertTrue(elsewhere.guessed());
		assertEquals("JSON (guessed)", elsewhere.label()); //$NON-NLS-1$
		assertEquals(new FormatRule("lab/#", Format.TEXT), decoder.ruleFor("lab/x")); //$NON-NLS-1$ //$NON-NLS-2$
		assertNull(decoder.ruleFor("home/x")); //$NON-NLS-1$
	}

	@Test
	void declaredJsonThatIsNotSaysWhere() {
		PayloadDecoder decoder = new PayloadDecoder(List.of(new FormatRule("j/#", Format.JSON))); //$NON-NLS-1$
		Decoded broken = decoder.decode("j/1", "{\"t\": 1,}".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Format.JSON, broken.format());
		assertNotNull(broken.problem());
		assertTrue(broken.problem().contains("character 9"), broken.problem()); //$NON-NLS-1$
		assertEquals("{\"t\": 1,}", broken.text(), "the payload is still shown as it is"); //$NON-NLS-1$ //$NON-NLS-2$
		Decoded binary = decoder.decode("j/1", new byte[] { (byte) 0xc3, 0x28 }); //$NON-NLS-1$
		assertNotNull(binary.problem());
		assertEquals("c3 28", binary.text()); //$NON-NLS-1$
		Decoded good = decoder.decode("j/1", "{\"big\": 12345678901234567890.50}".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(good.text().contains("12345678901234567890.50"), "numbers are shown as written: " + good.text()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void textAndEmptyPayloads() {
		PayloadDecoder guessing = PayloadDecoder.guessing();
		Decoded text = guessing.decode("t", "21.5".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Format.TEXT, text.format());
		assertEquals("21.5", text.text()); //$NON-NLS-1$
		assertEquals(21.5, JsonValues.number(text.text()).getAsDouble());
		Decoded empty = guessing.decode("t", new byte[0]); //$NON-NLS-1$
		assertEquals("", empty.text()); //$NON-NLS-1$
		Decoded asked = guessing.decode(HexFormat.of().parseHex("a16161f5"), Format.CBOR); //$NON-NLS-1$
		assertFalse(asked.guessed());
		assertEquals("{\"a\":true}", asked.preview(50)); //$NON-NLS-1$
		assertEquals("{\"a\":t\u2026", asked.preview(6)); //$NON-NLS-1$
	}

	@Test
	void jsonPaths() {
		var value = JsonParser.parseString(
				"{\"env\":{\"temp\":21.5,\"on\":true},\"list\":[1,{\"x\":\"7\"}],\"a.b\":3,\"it's\":4}"); //$NON-NLS-1$
		assertEquals(21.5, JsonValues.number(JsonPath.parse("$.env.temp").find(value)).getAsDouble()); //$NON-NLS-1$
		assertEquals(1.0, JsonValues.number(JsonPath.parse("$.env.on").find(value)).getAsDouble()); //$NON-NLS-1$
		assertEquals(7.0, JsonValues.number(JsonPath.parse("$.list[1].x").find(value)).getAsDouble()); //$NON-NLS-1$
		assertEquals(3, JsonPath.parse("$['a.b']").find(value).getAsInt()); //$NON-NLS-1$
		assertEquals(4, JsonPath.parse("$[\"it's\"]").find(value).getAsInt()); //$NON-NLS-1$
		assertNull(JsonPath.parse("$.env.missing").find(value)); //$NON-NLS-1$
		assertNull(JsonPath.parse("$.list[5]").find(value)); //$NON-NLS-1$
		assertNull(JsonPath.parse("$.env[0]").find(value)); //$NON-NLS-1$
		assertEquals(value, JsonPath.parse("$").find(value)); //$NON-NLS-1$
		for (String bad : List.of("env.temp", "$.", "$[x]", "$.a[1", "$-a")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonPath.parse(bad), bad);
			assertTrue(e.getMessage().contains(bad), e.getMessage());
		}
		List<String> leaves = new ArrayList<>();
		JsonPath.leaves(value, 100, (path, leaf) -> leaves.add(path.toString()));
		assertEquals(List.of("$.env.temp", "$.env.on", "$.list[0]", "$.list[1].x", "$['a.b']", "$['it's']"), leaves); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		// a path a leaf listing made finds its leaf again
		for (String path : leaves.subList(0, 5)) {
			assertNotNull(JsonPath.parse(path).find(value), path);
		}
	}
}
