package org.iotbench.devicecode;

import java.util.Locale;
import java.util.Optional;

import org.iotbench.devicecode.internal.Literals;
import org.iotbench.devicecode.internal.Messages;

/** A language and MQTT library the workbench writes device code for. */
public enum Language {

	/** MicroPython on an ESP32 or ESP8266, with {@code umqtt.simple}. */
	MICROPYTHON("micropython", "main.py", Literals.PYTHON), //$NON-NLS-1$ //$NON-NLS-2$
	/** An Arduino sketch for an ESP32 or ESP8266, with PubSubClient. */
	ARDUINO("arduino", "iotbench_device.ino", Literals.C), //$NON-NLS-1$ //$NON-NLS-2$
	/** ESP-IDF (C) with its {@code esp-mqtt} component. */
	ESP_IDF("esp-idf", "main.c", Literals.C), //$NON-NLS-1$ //$NON-NLS-2$
	/** Python with paho-mqtt, for a Raspberry Pi or a PC. */
	PYTHON("python", "device.py", Literals.PYTHON); //$NON-NLS-1$ //$NON-NLS-2$

	private final String id;
	private final String fileName;
	private final Literals literals;

	Language(String id, String fileName, Literals literals) {
		this.id = id;
		this.fileName = fileName;
		this.literals = literals;
	}

	/** The word that names it on the command line: {@code micropython}, {@code arduino}, {@code esp-idf}, {@code python}. */
	public String id() {
		return id;
	}

	/** The file name the code is saved as by default. */
	public String fileName() {
		return fileName;
	}

	/** The template's file name in the bundle's {@code templates} folder. */
	public String templateName() {
		return id + ".ftl"; //$NON-NLS-1$
	}

	/** Its name for people, such as "MicroPython (umqtt.simple)". */
	public String label() {
		return switch (this) {
		case MICROPYTHON -> Messages.Language_micropython;
		case ARDUINO -> Messages.Language_arduino;
		case ESP_IDF -> Messages.Language_espIdf;
		case PYTHON -> Messages.Language_python;
		};
	}

	/** How this language writes a string literal. */
	Literals literals() {
		return literals;
	}

	/** The language a command-line word names (case does not matter). */
	public static Optional<Language> byId(String word) {
		String wanted = word.toLowerCase(Locale.ROOT);
		for (Language language : values()) {
			if (language.id.equals(wanted)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/** The command-line words of all languages, separated by commas. */
	public static String ids() {
		StringBuilder ids = new StringBuilder();
		for (Language language : values()) {
			ids.append(ids.isEmpty() ? "" : ", ").append(language.id); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return ids.toString();
	}
}
