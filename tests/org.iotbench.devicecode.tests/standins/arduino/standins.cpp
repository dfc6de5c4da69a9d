// What the stand-ins do: print each library call on standard output, one per line, and run the sketch for a while.
// After setup(), loop() runs 12 times, one simulated second apart; on the third, a command "hello" arrives on the
// subscribed topic.
#include "Arduino.h"
#include "PubSubClient.h"
#include "WiFiClientSecure.h"
#include "ESP8266WiFi.h"

HardwareSerial Serial;
WiFiClass WiFi;
static unsigned long now = 1;

unsigned long millis() { return now; }
void delay(unsigned long ms) { now += ms; }

wl_status_t WiFiClass::begin(const char *ssid, const char *password) {
  printf("wifi %s %s\n", ssid, password);
  return WL_CONNECTED;
}
wl_status_t WiFiClass::status() { return WL_CONNECTED; }

void WiFiClientSecure::setCACert(const char *pem) {
  printf("cacert %zu bytes %.27s\n", strlen(pem), pem);
}
BearSSL::X509List::X509List(const char *pem) {
  printf("cacert %zu bytes %.27s\n", strlen(pem), pem);
}
void BearSSL::WiFiClientSecure::setTrustAnchors(const X509List *) {}

PubSubClient::PubSubClient(Client &) {}
PubSubClient &PubSubClient::setServer(const char *domain, uint16_t port) {
  printf("server %s %u\n", domain, port);
  return *this;
}
PubSubClient &PubSubClient::setCallback(void (*callback)(char *, uint8_t *, unsigned int)) {
  handler = callback;
  return *this;
}
PubSubClient &PubSubClient::setKeepAlive(uint16_t keepAlive) {
  printf("keepalive %u\n", keepAlive);
  return *this;
}
boolean PubSubClient::connect(const char *id, const char *user, const char *pass, const char *willTopic,
                              uint8_t willQos, boolean willRetain, const char *willMessage) {
  printf("connect id=%s user=%s password=%s will=%s qos=%u retain=%d message=%s\n", id, user, pass, willTopic,
         willQos, willRetain, willMessage);
  isConnected = true;
  return true;
}
boolean PubSubClient::connected() { return isConnected; }
boolean PubSubClient::publish(const char *topic, const char *payload) { return publish(topic, payload, false); }
boolean PubSubClient::publish(const char *topic, const char *payload, boolean retained) {
  printf("publish %s retain=%d %s\n", topic, retained, payload);
  return true;
}
boolean PubSubClient::subscribe(const char *topic) {
  printf("subscribe %s\n", topic);
  snprintf(subscribed, sizeof(subscribed), "%s", topic);
  return true;
}
boolean PubSubClient::loop() {
  if (++loops == 3 && handler != nullptr) {
    uint8_t payload[] = { 'h', 'e', 'l', 'l', 'o' };
    handler(subscribed, payload, sizeof(payload));
  }
  return true;
}
int PubSubClient::state() { return 0; }

void setup();
void loop();

int main() {
  setup();
  for (int i = 0; i < 12; i++) {
    loop();
    now += 1000;
  }
  return 0;
}
