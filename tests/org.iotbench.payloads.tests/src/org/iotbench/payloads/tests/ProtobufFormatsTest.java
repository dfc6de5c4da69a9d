package org.iotbench.payloads.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.iotbench.payloads.Decoded;
import org.iotbench.payloads.Format;
import org.iotbench.payloads.FormatRule;
import org.iotbench.payloads.JsonPath;
import org.iotbench.payloads.PayloadDecoder;
import org.iotbench.payloads.internal.SparkplugReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;

/**
 * Sparkplug B payloads and a user's own Protobuf messages, encoded by Debian's protoc from the schema's text format:
 * the reference encoder, independent of the decoder under test.
 */
class ProtobufFormatsTest {

	@TempDir
	static Path folder;
	private static Protoc protoc;
	private static Path sparkplugProto;

	@BeforeAll
	static void schemas() throws IOException {
		protoc = Protoc.find();
		sparkplugProto = folder.resolve("sparkplug_b.proto"); //$NON-NLS-1$
		try (InputStream in = SparkplugReader.class.getResourceAsStream("sparkplug_b.proto")) { //$NON-NLS-1$
			Files.copy(in, sparkplugProto);
		}
	}

	@Test
	void shippedDescriptorSetIsTheOneProtocMakesOfTheShippedSchema() throws Exception {
		Path made = protoc.descriptorSet(sparkplugProto, folder.resolve("made.desc")); //$NON-NLS-1$
		try (InputStream shipped = SparkplugReader.class.getResourceAsStream("sparkplug_b.desc")) { //$NON-NLS-1$
			assertArrayEquals(Files.readAllBytes(made), shipped.readAllBytes(),
					"sparkplug_b.desc is out of date: make it again from sparkplug_b.proto (see the file's head)"); //$NON-NLS-1$
		}
	}

	@Test
	void sparkplugBirthIsGuessedInItsNamespaceWithTypedMetrics() throws Exception {
		byte[] payload = protoc.encode(sparkplugProto, SparkplugReader.PAYLOAD_TYPE, """
				timestamp: 1764756000000
				seq: 0
				metrics { name: "Node Control/Rebirth" alias: 1 datatype: 11 boolean_value: false }
				metrics { name: "temp" alias: 2 timestamp: 1764756000001 datatype: 10 double_value: 21.5 }
				metrics { name: "offset" alias: 3 datatype: 1 int_value: 4294967294 }
				metrics { name: "big" alias: 4 datatype: 8 long_value: 18446744073709551615 }
				metrics { name: "since" alias: 5 datatype: 13 long_value: 1764756000000 }
				metrics { name: "levels" alias: 6 datatype: 31 bytes_value: "\\000\\000\\000\\000\\000\\000\\370?\\000\\000\\000\\000\\000\\000\\000\\300" }
				metrics { name: "names" alias: 7 datatype: 33 bytes_value: "ab\\000c\\000" }
				metrics { name: "missing" alias: 8 datatype: 3 is_null: true }
				metrics {
				  name: "table" alias: 9 datatype: 16
				  dataset_value { num_of_columns: 2 columns: "x" columns: "y" types: 3 types: 12
				    rows { elements { int_value: 4294967295 } elements { string_value: "minus one" } } }
				}
				metrics {
				  name: "rated" alias: 10 datatype: 9 float_value: 1.5
				  properties { keys: "unit" values { type: 12 string_value: "V" } }
				}
				""");
		PayloadDecoder guessing = PayloadDecoder.guessing();
		Decoded decoded = guessing.decode("spBv1.0/plant/NBIRTH/edge1", payload); //$NON-NLS-1$
		assertEquals(Format.SPARKPLUG_B, decoded.format(), decoded.text());
		assertTrue(decoded.guessed());
		assertEquals("2025-12-03T10:00:00Z", value(decoded, "$.time").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, value(decoded, "$.seq").getAsInt()); //$NON-NLS-1$
		assertFalse(value(decoded, "$.metrics['Node Control/Rebirth'].value").getAsBoolean()); //$NON-NLS-1$
		assertEquals("Boolean", value(decoded, "$.metrics['Node Control/Rebirth'].type").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(21.5, value(decoded, "$.metrics.temp.value").getAsDouble()); //$NON-NLS-1$
		assertEquals("Double", value(decoded, "$.metrics.temp.type").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1764756000001L, value(decoded, "$.metrics.temp.timestamp").getAsLong()); //$NON-NLS-1$
		assertEquals(-2, value(decoded, "$.metrics.offset.value").getAsInt(), "an Int8 is signed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("18446744073709551615", value(decoded, "$.metrics.big.value").getAsBigInteger().toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("2025-12-03T10:00:00Z", value(decoded, "$.metrics.since.time").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1.5, value(decoded, "$.metrics.levels.value[0]").getAsDouble()); //$NON-NLS-1$
		assertEquals(-2.0, value(decoded, "$.metrics.levels.value[1]").getAsDouble()); //$NON-NLS-1$
		assertEquals("c", value(decoded, "$.metrics.names.value[1]").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(value(decoded, "$.metrics.missing.value").isJsonNull()); //$NON-NLS-1$
		assertEquals(-1, value(decoded, "$.metrics.table.value.rows[0][0]").getAsInt(), "an Int32 cell is signed"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("String", value(decoded, "$.metrics.table.value.types[1]").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("V", value(decoded, "$.metrics.rated.properties.unit").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$

		// the same bytes outside the Sparkplug namespace are not taken for Sparkplug (MQTT Explorer #853)
		assertNotEquals(Format.SPARKPLUG_B, guessing.decode("plant/edge1", payload).format()); //$NON-NLS-1$
		// nor is Sparkplug 3.0's STATE topic, which carries JSON
		assertEquals(Format.JSON, guessing.decode("spBv1.0/STATE/host1", //$NON-NLS-1$
				"{\"online\":true,\"timestamp\":1}".getBytes()).format()); //$NON-NLS-1$
	}

	@Test
	void sparkplugDataWithAliasesOnly() throws Exception {
		byte[] payload = protoc.encode(sparkplugProto, SparkplugReader.PAYLOAD_TYPE, """
				timestamp: 1764756000000
				seq: 7
				metrics { alias: 2 datatype: 10 double_value: 22.25 }
				""");
		Decoded decoded = PayloadDecoder.guessing().decode("spBv1.0/plant/DDATA/edge1/pump", payload); //$NON-NLS-1$
		assertEquals(Format.SPARKPLUG_B, decoded.format());
		assertEquals(22.25, value(decoded, "$.metrics['alias 2'].value").getAsDouble()); //$NON-NLS-1$
		assertEquals(7, value(decoded, "$.seq").getAsInt()); //$NON-NLS-1$
	}

	@Test
	void userProtobufWithDescriptorSet() throws Exception {
		Path proto = folder.resolve("weather.proto"); //$NON-NLS-1$
		Files.writeString(proto, """
				syntax = "proto3";
				package demo.weather;
				import "units.proto";
				enum Sky { CLEAR = 0; CLOUDY = 1; RAIN = 2; }
				message Reading {
				  string station = 1;
				  double temperature = 2;
				  demo.units.Unit unit = 3;
				  sint64 delta = 4;
				  repeated uint32 history = 5;
				  map<string, int32> counts = 6;
				  Sky sky = 7;
				  bytes raw = 8;
				}
				""");
		Files.writeString(folder.resolve("units.proto"), """
				syntax = "proto3";
				package demo.units;
				message Unit { string symbol = 1; }
				""");
		Path set = protoc.descriptorSet(proto, folder.resolve("weather.desc")); //$NON-NLS-1$
		byte[] payload = protoc.encode(proto, "demo.weather.Reading", """
				station: "roof"
				temperature: -4.5
				unit { symbol: "°C" }
				delta: -9000000000
				history: 4000000000
				history: 7
				counts { key: "a" value: 3 }
				sky: RAIN
				raw: "\\001\\002"
				""");
		PayloadDecoder declared = new PayloadDecoder(List.of(
				new FormatRule("weather/+", Format.PROTOBUF, set.toString(), "Reading"))); //$NON-NLS-1$ //$NON-NLS-2$
		Decoded decoded = declared.decode("weather/roof", payload); //$NON-NLS-1$
		assertEquals(Format.PROTOBUF, decoded.format());
		assertFalse(decoded.guessed());
		assertEquals("roof", value(decoded, "$.station").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(-4.5, value(decoded, "$.temperature").getAsDouble()); //$NON-NLS-1$
		assertEquals("°C", value(decoded, "$.unit.symbol").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(-9_000_000_000L, value(decoded, "$.delta").getAsLong()); //$NON-NLS-1$
		assertEquals(4_000_000_000L, value(decoded, "$.history[0]").getAsLong()); //$NON-NLS-1$
		assertEquals(3, value(decoded, "$.counts.a").getAsInt()); //$NON-NLS-1$
		assertEquals("RAIN", value(decoded, "$.sky").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("AQI=", value(decoded, "$.raw").getAsString()); //$NON-NLS-1$ //$NON-NLS-2$

		// a wrong type name says which types there are
		Decoded wrongType = new PayloadDecoder(List.of(new FormatRule("#", Format.PROTOBUF, set.toString(), //$NON-NLS-1$
				"Weather"))).decode("weather/roof", payload); //$NON-NLS-1$ //$NON-NLS-2$
		assertNotNull(wrongType.problem());
		assertTrue(wrongType.problem().contains("demo.weather.Reading"), wrongType.problem()); //$NON-NLS-1$
		assertEquals(Format.PROTOBUF, wrongType.format());
		// a missing file says so
		Decoded noFile = new PayloadDecoder(List.of(new FormatRule("#", Format.PROTOBUF, //$NON-NLS-1$
				folder.resolve("gone.desc").toString(), "Reading"))).decode("weather/roof", payload); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(noFile.problem().contains("gone.desc"), noFile.problem()); //$NON-NLS-1$
		// a .proto file is not a descriptor set
		Decoded notSet = new PayloadDecoder(List.of(new FormatRule("#", Format.PROTOBUF, proto.toString(), //$NON-NLS-1$
				"Reading"))).decode("weather/roof", payload); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(notSet.problem().contains("descriptor_set_out"), notSet.problem()); //$NON-NLS-1$
		// bytes that are no Protobuf at all
		Decoded garbage = declared.decode("weather/roof", new byte[] { (byte) 0xff, (byte) 0xff, 0x01 }); //$NON-NLS-1$
		assertNotNull(garbage.problem());
		assertNull(garbage.value());
		assertEquals("ff ff 01", garbage.text()); //$NON-NLS-1$
	}

	private static JsonElement value(Decoded decoded, String path) {
		assertNull(decoded.problem(), decoded.problem());
		JsonElement value = JsonPath.parse(path).find(decoded.value());
		assertNotNull(value, path + " in " + decoded.text()); //$NON-NLS-1$
		return value;
	}
}
