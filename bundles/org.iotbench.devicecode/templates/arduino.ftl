// Arduino sketch for IoT Workbench: client ${clientIdText} at ${hostText}
// Written by IoT Workbench. For an ESP32 or ESP8266 board with the PubSubClient
// library (Library Manager: "PubSubClient" by Nick O'Leary). Fill in your Wi-Fi,
// upload, and open the Serial Monitor at 115200 baud.
//
// It publishes a reading to ${telemetryText} every ${interval} s,
// says "online" on ${statusText} (and "offline" as its last will),
// and answers every message it gets on ${commandText} on the status topic.
// It reconnects by itself after Wi-Fi or the broker goes away.
#if defined(ESP8266)
#include <ESP8266WiFi.h>
#else
#include <WiFi.h>
#endif
<#if tls>
#include <WiFiClientSecure.h>
</#if>
#include <PubSubClient.h>

const char *WIFI_SSID = ${wifiSsid};
const char *WIFI_PASSWORD = ${wifiPassword};

const char *MQTT_BROKER = ${host};
const uint16_t MQTT_PORT = ${port};
const char *MQTT_CLIENT_ID = ${clientId};
const char *MQTT_PASSWORD = ${password};<#if !passwordGiven>  // the password you registered for this client</#if>
const uint16_t KEEP_ALIVE_S = ${keepAlive};
const unsigned long INTERVAL_MS = ${interval}000UL;

const char *TOPIC_TELEMETRY = ${telemetryTopic};
const char *TOPIC_STATUS = ${statusTopic};
const char *TOPIC_COMMANDS = ${commandTopic};
<#if tls>

// The broker's certificate
const char *CA_CERT =
<#list quotedPemLines as line>
    ${line}<#if !line?has_next>;</#if>
</#list>

#if defined(ESP8266)
BearSSL::WiFiClientSecure network;
BearSSL::X509List trusted(CA_CERT);
#else
WiFiClientSecure network;
#endif
<#else>

WiFiClient network;
</#if>
PubSubClient mqtt(network);
unsigned long lastReading = 0;
unsigned long count = 0;

void connectWifi() {
  if (WiFi.status() == WL_CONNECTED) {
    return;
  }
  Serial.print("Wi-Fi: connecting to ");
  Serial.println(WIFI_SSID);
  WiFi.mode(WIFI_STA);
  WiFi.begin(WIFI_SSID, WIFI_PASSWORD);
  while (WiFi.status() != WL_CONNECTED) {
    delay(500);
  }
  Serial.print("Wi-Fi: connected ");
  Serial.println(WiFi.localIP());
}

void onMessage(char *topic, byte *payload, unsigned int length) {
  Serial.print("command on ");
  Serial.print(topic);
  Serial.print(": ");
  Serial.write(payload, length);
  Serial.println();
  // answer on the status topic; copy first, PubSubClient reuses its buffer
  char answer[128];
  unsigned int shown = length < sizeof(answer) - 10 ? length : sizeof(answer) - 10;
  memcpy(answer, "received ", 9);
  memcpy(answer + 9, payload, shown);
  answer[9 + shown] = '\0';
  mqtt.publish(TOPIC_STATUS, answer);
}

void connectMqtt() {
  while (!mqtt.connected()) {
    Serial.print("MQTT: connecting to ");
    Serial.println(MQTT_BROKER);
    // user name = client ID; last will: "offline", retained
    if (mqtt.connect(MQTT_CLIENT_ID, MQTT_CLIENT_ID, MQTT_PASSWORD, TOPIC_STATUS, 1, true, "offline")) {
      mqtt.publish(TOPIC_STATUS, "online", true);
      mqtt.subscribe(TOPIC_COMMANDS);
      Serial.println("MQTT: connected");
    } else {
      // 4: wrong client ID or password, 5: not allowed (disabled in IoT Workbench?)
      Serial.print("MQTT: failed, state ");
      Serial.print(mqtt.state());
      Serial.println(", trying again in 5 s");
      delay(5000);
    }
  }
}

void setup() {
  Serial.begin(115200);
<#if tls>
#if defined(ESP8266)
  network.setTrustAnchors(&trusted);
#else
  network.setCACert(CA_CERT);
#endif
</#if>
  mqtt.setServer(MQTT_BROKER, MQTT_PORT);
  mqtt.setCallback(onMessage);
  mqtt.setKeepAlive(KEEP_ALIVE_S);
}

void loop() {
  connectWifi();
  connectMqtt();
  mqtt.loop();
  unsigned long now = millis();
  if (now - lastReading >= INTERVAL_MS || lastReading == 0) {
    lastReading = now;
    count++;
    char reading[64];
    snprintf(reading, sizeof(reading), "{\"count\": %lu, \"uptime_s\": %lu}", count, now / 1000UL);
    mqtt.publish(TOPIC_TELEMETRY, reading);
  }
}
