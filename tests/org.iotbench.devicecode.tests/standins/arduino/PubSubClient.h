// Stand-in for PubSubClient 2.8 (Nick O'Leary): the same signatures; every call is printed on standard output.
#pragma once
#include "Arduino.h"
#include "WiFi.h"

#define MQTT_CALLBACK_SIGNATURE void (*callback)(char *, uint8_t *, unsigned int)

class PubSubClient {
public:
  explicit PubSubClient(Client &client);
  PubSubClient &setServer(const char *domain, uint16_t port);
  PubSubClient &setCallback(MQTT_CALLBACK_SIGNATURE);
  PubSubClient &setKeepAlive(uint16_t keepAlive);
  boolean connect(const char *id, const char *user, const char *pass, const char *willTopic, uint8_t willQos,
                  boolean willRetain, const char *willMessage);
  boolean connected();
  boolean publish(const char *topic, const char *payload);
  boolean publish(const char *topic, const char *payload, boolean retained);
  boolean subscribe(const char *topic);
  boolean loop();
  int state();

private:
  void (*handler)(char *, uint8_t *, unsigned int) = nullptr;
  bool isConnected = false;
  int loops = 0;
  char subscribed[256] = "";
};
