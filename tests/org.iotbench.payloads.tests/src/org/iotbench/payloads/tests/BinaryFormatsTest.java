package org.iotbench.payloads.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.Format;
import org.iotbench.payloads.FormatRule;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.PayloadDecoder;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import com.google.gson.JsonElement;

/** CBOR and MessagePack payloads made by their reference libraries and taken from their specifications. */
class BinaryFormatsTest {

	private static final PayloadDecoder GUESSING = PayloadDecoder.guessing();

	@Test
	void cborFromJacksonIsGuessedAndReadable() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (JsonGenerator generator = new CBORFactory().createGenerator(out)) {
			generator.writeStartObject();
			generator.writeObjectFieldStart("env"); //$NON-NLS-1$
			generator.writeNumberField("temp", 21.5); //$NON-NLS-1$
			generator.writeNumberField("hum", 48); //$NON-NLS-1$
			generator.writeEndObject();
			generator.writeBinaryField("raw", new byte[] { 1, 2, (byte) 0xff }); //$NON-NLS-1$
			generator.writeArrayFieldStart("tags"); //$NON-NLS-1$
			generator.writeString("kitchen"); //$NON-NLS-1$
			generator.writeBoolean(true);
			generator.writeNull();
			generator.writeEndArray();
			generator.writeEndObject();
		}
		Decoded decoded = GUESSING.decode("home/sensor", out.toByteArray()); //$NON-NLS-1$
		assertEquals(Format.CBOR, decoded.format());
		assertTrue(decoded.guessed());
		assertEquals("CBOR (guessed)", decoded.label()); //$NON-NLS-1$
		assertEquals(21.5, value(decoded, "$.env.temp").getAsDouble()); //$NON-NLS-1$
		assertEquals(48, value(decoded, "$.env.hum").getAsInt()); //$NON-NLS-1$
		assertEquals("h'0102ff'", value(decoded, "$.raw").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("kitchen", value(decoded, "$.tags[0]").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(decoded.text().contains("\"temp\": 21.5"), decoded.text()); //$NON-NLS-1$
	}

	@Test
	void cborExamplesOfRfc8949() {
		// Appendix A: {"a": 1, "b": [2, 3]} and [1, [2, 3], [4, 5]]
		Decoded map = GUESSING.decode("t", HexFormat.of().parseHex("a26161016162820203")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Format.CBOR, map.format());
		assertEquals("{\"a\":1,\"b\":[2,3]}", map.preview(100)); //$NON-NLS-1$
		Decoded array = GUESSING.decode("t", HexFormat.of().parseHex("8301820203820405")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("[1,[2,3],[4,5]]", array.preview(100)); //$NON-NLS-1$
		// declared: a bare number is CBOR too (0x19 0x03e8 is 1000)
		PayloadDecoder declared = new PayloadDecoder(List.of(new FormatRule("cbor/#", Format.CBOR))); //$NON-NLS-1$
		Decoded number = declared.decode("cbor/n", HexFormat.of().parseHex("1903e8")); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(number.guessed());
		assertEquals("1000", number.preview(10)); //$NON-NLS-1$
	}

	@Test
	void damagedCborIsReportedAndShownInHex() {
		PayloadDecoder declared = new PayloadDecoder(List.of(new FormatRule("cbor/#", Format.CBOR))); //$NON-NLS-1$
		// a map of two pairs cut after the first
		Decoded cut = declared.decode("cbor/x", HexFormat.of().parseHex("a2616101")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Format.CBOR, cut.format());
		assertNotNull(cut.problem());
		assertNull(cut.value());
		assertEquals("a2 61 61 01", cut.text()); //$NON-NLS-1$
		assertTrue(cut.label().startsWith("CBOR, not readable: not CBOR"), cut.label()); //$NON-NLS-1$
		// two items one after the other are not one payload
		Decoded twice = declared.decode("cbor/x", HexFormat.of().parseHex("0102")); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotNull(twice.problem());
	}

	@Test
	void messagePackFromMsgpackCoreIsGuessedAndReadable() throws IOException {
		byte[] payload;
		try (MessageBufferPacker packer = MessagePack.newDefaultBufferPacker()) {
			packer.packMapHeader(4);
			packer.packString("temp").packDouble(-3.25); //$NON-NLS-1$
			packer.packString("count").packLong(Long.MAX_VALUE); //$NON-NLS-1$
			packer.packString("big").packBigInteger(new java.math.BigInteger("18446744073709551615")); //$NON-NLS-1$ //$NON-NLS-2$
			packer.packString("at").packTimestamp(Instant.parse("2026-12-03T10:15:30.5Z")); //$NON-NLS-1$ //$NON-NLS-2$
			payload = packer.toByteArray();
		}
		Decoded decoded = GUESSING.decode("dev/1", payload); //$NON-NLS-1$
		assertEquals(Format.MESSAGEPACK, decoded.format(), decoded.text());
		assertTrue(decoded.guessed());
		assertEquals(-3.25, value(decoded, "$.temp").getAsDouble()); //$NON-NLS-1$
		assertEquals(Long.MAX_VALUE, value(decoded, "$.count").getAsLong()); //$NON-NLS-1$
		assertEquals("18446744073709551615", value(decoded, "$.big").getAsBigInteger().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2026-12-03T10:15:30.500Z", value(decoded, "$.at").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		// the specification's example, {"compact": true, "schema": 0}
		Decoded example = GUESSING.decode("t", HexFormat.of().parseHex("82a7636f6d70616374c3a6736368656d6100")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Format.MESSAGEPACK, example.format());
		assertEquals("{\"compact\":true,\"schema\":0}", example.preview(100)); //$NON-NLS-1$
	}

	@Test
	void hostileMessagePackLengthsAreRefusedWithoutAllocating() {
		PayloadDecoder declared = new PayloadDecoder(List.of(new FormatRule("mp/#", Format.MESSAGEPACK))); //$NON-NLS-1$
		// array32 and map32 of 4,294,967,295 elements, str32 of 2 GB: five bytes each
		for (String hex : List.of("ddffffffff", "dfffffffff", "db7fffffff", "c67fffffff")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Decoded decoded = declared.decode("mp/x", HexFormat.of().parseHex(hex)); //$NON-NLS-1$
			assertNotNull(decoded.problem(), hex);
			assertEquals(Format.MESSAGEPACK, decoded.format());
		}
		// 10,000 nested arrays
		byte[] deep = new byte[10_000];
		java.util.Arrays.fill(deep, (byte) 0x91);
		assertNotNull(declared.decode("mp/x", deep).problem()); //$NON-NLS-1$
		// and a guess falls back to hex
		assertEquals(Format.HEX, GUESSING.decode("mp/x", HexFormat.of().parseHex("ddffffffff")).format()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void binaryThatIsNeitherIsHexGuessed() {
		Decoded decoded = GUESSING.decode("t", new byte[] { (byte) 0xff, 0x00, 0x13, 0x37 }); //$NON-NLS-1$
		assertEquals(Format.HEX, decoded.format());
		assertTrue(decoded.guessed());
		assertEquals("ff 00 13 37", decoded.text()); //$NON-NLS-1$
		assertNull(decoded.value());
	}

	private static JsonElement value(Decoded decoded, String path) {
		assertNull(decoded.problem(), decoded.problem());
		JsonElement value = JsonPath.parse(path).find(decoded.value());
		assertNotNull(value, path + " in " + decoded.text()); //$NON-NLS-1$
		return value;
	}
}
