package org.iotbench.simulator.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;

import org.iotbench.simulator.PayloadTemplate;
import org.iotbench.simulator.internal.CsvRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a virtual device's payload template makes, message after message, and what it says when it is wrong. */
class PayloadTemplateTest {

	@TempDir
	Path folder;

	/** A clock the test moves. */
	private static final class ManualClock extends Clock {
		Instant now = Instant.parse("2026-12-03T10:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	private static PayloadTemplate compile(String text) {
		return PayloadTemplate.compile(text, "sim-1", null, new Random(42), Clock.systemUTC());
	}

	@Test
	void countersCountPerCallSite() {
		PayloadTemplate template = compile("${counter()} ${counter(10)} ${clientId}");
		assertEquals("0 10 sim-1", template.render());
		assertEquals("1 11 sim-1", template.render());
		assertEquals("2 12 sim-1", template.render());
	}

	@Test
	void aWalkMovesByAtMostItsStepAndStaysWithinItsBounds() {
		PayloadTemplate template = compile("${walk(20, 2, 15, 25)}");
		double previous = Double.parseDouble(template.render());
		assertEquals(20, previous);
		boolean moved = false;
		for (int i = 0; i < 500; i++) {
			double value = Double.parseDouble(template.render());
			assertTrue(value >= 15 && value <= 25, "within bounds: " + value);
			assertTrue(Math.abs(value - previous) <= 2.0001, previous + " to " + value);
			moved |= value != previous;
			previous = value;
		}
		assertTrue(moved, "it walks");
	}

	@Test
	void aSineFollowsTheClock() {
		ManualClock clock = new ManualClock();
		PayloadTemplate template = PayloadTemplate.compile("${sine(0, 100, 4)}", "sim", null, new Random(1), clock);
		assertEquals("50", template.render());
		clock.now = clock.now.plus(Duration.ofSeconds(1));
		assertEquals("100", template.render());
		clock.now = clock.now.plus(Duration.ofSeconds(2));
		assertEquals("0", template.render());
	}

	@Test
	void randomValuesStayInTheirRangeAndTimeIsIso() {
		PayloadTemplate template = compile("${random(1.5, 2.5)}|${randomInt(3, 4)}|${choice(\"on\", \"off\")}|${time()}");
		for (int i = 0; i < 200; i++) {
			String[] parts = template.render().split("\\|");
			double value = Double.parseDouble(parts[0]);
			assertTrue(value >= 1.5 && value <= 2.5, parts[0]);
			assertTrue(parts[1].equals("3") || parts[1].equals("4"), parts[1]);
			assertTrue(parts[2].equals("on") || parts[2].equals("off"), parts[2]);
			Instant.parse(parts[3]);
		}
	}

	@Test
	void csvRowsArePlayedInOrderAndAgain() throws Exception {
		Path file = folder.resolve("recorded.csv");
		Files.writeString(file, "temp,hum\n21.5,40\n22.0,41\n", StandardCharsets.UTF_8);
		PayloadTemplate template = PayloadTemplate.compile("${csv(\"temp\")}/${csv(\"2\")}", "sim",
				CsvRows.read(file));
		assertEquals("21.5/40", template.render());
		assertEquals("22.0/41", template.render());
		assertEquals("21.5/40", template.render());
	}

	@Test
	void mistakesAreSaidInWords() throws Exception {
		IllegalArgumentException syntax = assertThrows(IllegalArgumentException.class, () -> compile("{\"t\": ${walk(}"));
		assertTrue(syntax.getMessage().contains("line 1, column"), syntax.getMessage());
		IllegalArgumentException arity = assertThrows(IllegalArgumentException.class,
				() -> compile("${random(1)}").render());
		assertTrue(arity.getMessage().contains("needs 2 argument(s), got 1"), arity.getMessage());
		IllegalArgumentException noCsv = assertThrows(IllegalArgumentException.class,
				() -> compile("${csv(\"temp\")}").render());
		assertTrue(noCsv.getMessage().contains("CSV file"), noCsv.getMessage());
		Path file = folder.resolve("cols.csv");
		Files.writeString(file, "temp,hum\n1,2\n", StandardCharsets.UTF_8);
		IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
				() -> PayloadTemplate.compile("${csv(\"pressure\")}", "sim", CsvRows.read(file)).render());
		assertTrue(column.getMessage().contains("temp, hum"), column.getMessage());
	}

	@Test
	void aTemplateCannotReachJavaClasses() {
		assertThrows(IllegalArgumentException.class,
				() -> compile("${\"freemarker.template.utility.Execute\"?new()(\"id\")}").render());
	}
}
